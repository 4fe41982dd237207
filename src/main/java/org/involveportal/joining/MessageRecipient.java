package org.involveportal.joining;

import org.involveportal.i18n.Language;
import org.involveportal.people.ContactWay;
import org.involveportal.people.Resident;

/**
 * A group member as a message reaches them: by email when they are happy with email (or never said
 * how, having signed up with an email address), otherwise by post, otherwise by phone or text message
 * from the staff's printable list; in Welsh when they write in Welsh, otherwise English.
 */
public record MessageRecipient(Long residentId, String name, String email, Way way, Language language, String phone,
                               String postalAddress) {

    /** How the message gets to them. */
    public enum Way { EMAIL, POST, PHONE }

    public static MessageRecipient of(Resident resident) {
        var profile = resident.profile();
        var ways = profile.contactWays();
        Way way;
        if (ways.isEmpty() || ways.contains(ContactWay.EMAIL)) {
            way = Way.EMAIL;
        } else if (ways.contains(ContactWay.POST)) {
            way = Way.POST;
        } else {
            way = Way.PHONE;
        }
        boolean welsh = profile.welshCorrespondence() || Language.WELSH.tag().equals(resident.getLanguage());
        return new MessageRecipient(resident.getId(), profile.name(), resident.getEmail(), way,
                welsh ? Language.WELSH : Language.ENGLISH, profile.phone(), profile.postalAddress());
    }

    public boolean isByEmail() {
        return way == Way.EMAIL;
    }

    public boolean isWelsh() {
        return language == Language.WELSH;
    }
}
