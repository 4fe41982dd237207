package org.involveportal.people;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.involveportal.content.ClientGroup;
import org.involveportal.content.Topic;
import org.involveportal.platform.FormRules;

/**
 * A resident's entry in the register: how they want to be involved, the topics and client groups they
 * care about, their communication and access needs, how to contact them and whether they want Welsh
 * correspondence. Entered once, then offered again wherever it is needed (WCAG 3.3.7). An immutable value:
 * {@link Resident} keeps it, {@link #problems()} says what is wrong with one typed in.
 *
 * @param name                what to call the person (optional)
 * @param involvement         how involved they want to be; null until chosen
 * @param preferredLanguage   a language they would rather use, in their own words (optional)
 * @param accessNeeds         anything else that helps them take part, such as step-free access (optional)
 * @param phone               for phone calls and text messages
 * @param postalAddress       for post
 * @param availability        when they can take part: weekday daytime, evenings, weekends (any)
 * @param contactConsent      whether staff may contact them about taking part: only then are they in the register
 * @param keepInformed        whether they want the "Keep me informed" digest of new things on their topics
 */
public record InvolvementProfile(String name, InvolvementLevel involvement, Set<Topic> topics,
                                 Set<ClientGroup> clientGroups, Set<CommunicationNeed> communicationNeeds,
                                 String preferredLanguage, String accessNeeds, Set<ContactWay> contactWays,
                                 String phone, String postalAddress, boolean welshCorrespondence,
                                 Set<Availability> availability, boolean contactConsent, boolean keepInformed) {

    public static final int NAME_MAX = 100;
    public static final int LANGUAGE_MAX = 60;
    public static final int ACCESS_NEEDS_MAX = 1000;
    public static final int ADDRESS_MAX = 500;

    /** Nothing chosen yet: the profile of a new account. */
    public static final InvolvementProfile EMPTY = new InvolvementProfile(null, null, Set.of(), Set.of(), Set.of(),
            null, null, Set.of(), null, null, false, Set.of(), false, true);

    /**
     * A profile without the register's choices: no availability told, no consent to be contacted, the
     * digest wanted (the defaults of an account that never said).
     */
    public InvolvementProfile(String name, InvolvementLevel involvement, Set<Topic> topics, Set<ClientGroup> clientGroups,
                              Set<CommunicationNeed> communicationNeeds, String preferredLanguage, String accessNeeds,
                              Set<ContactWay> contactWays, String phone, String postalAddress, boolean welshCorrespondence) {
        this(name, involvement, topics, clientGroups, communicationNeeds, preferredLanguage, accessNeeds, contactWays, phone,
                postalAddress, welshCorrespondence, Set.of(), false, true);
    }

    public InvolvementProfile {
        topics = copy(topics, Topic.class);
        clientGroups = copy(clientGroups, ClientGroup.class);
        communicationNeeds = copy(communicationNeeds, CommunicationNeed.class);
        contactWays = copy(contactWays, ContactWay.class);
        availability = copy(availability, Availability.class);
        name = trimmed(name);
        preferredLanguage = trimmed(preferredLanguage);
        accessNeeds = trimmed(accessNeeds);
        phone = trimmed(phone);
        postalAddress = trimmed(postalAddress);
    }

    /**
     * Bundle keys of the problems, by form field, in form order; empty when it can be saved. How involved
     * and at least one way to contact are needed; a phone number for calls or texts, an address for post.
     */
    public Map<String, String> problems() {
        var problems = new LinkedHashMap<String, String>();
        if (FormRules.length(name) > NAME_MAX) {
            problems.put("name", "involvement.error.nameTooLong");
        }
        if (involvement == null) {
            problems.put("involvement-1", "involvement.error.level");
        }
        if (FormRules.length(preferredLanguage) > LANGUAGE_MAX) {
            problems.put("preferredLanguage", "involvement.error.languageTooLong");
        }
        if (FormRules.length(accessNeeds) > ACCESS_NEEDS_MAX) {
            problems.put("accessNeeds", "involvement.error.accessNeedsTooLong");
        }
        if (contactWays.isEmpty()) {
            problems.put("contactWay-1", "involvement.error.contactWay");
        }
        boolean wantsPhone = contactWays.stream().anyMatch(ContactWay::needsPhone);
        if (wantsPhone && FormRules.isBlank(phone)) {
            problems.put("phone", "involvement.error.phoneMissing");
        } else if (!FormRules.isBlank(phone) && !FormRules.isPhone(phone)) {
            problems.put("phone", "involvement.error.phone");
        }
        if (contactWays.contains(ContactWay.POST) && FormRules.isBlank(postalAddress)) {
            problems.put("postalAddress", "involvement.error.addressMissing");
        } else if (FormRules.length(postalAddress) > ADDRESS_MAX) {
            problems.put("postalAddress", "involvement.error.addressTooLong");
        }
        return problems;
    }

    public boolean isComplete() {
        return problems().isEmpty();
    }

    /** The postcode district of the postal address, the register's area; empty without one. */
    public java.util.Optional<String> postcodeDistrict() {
        return PostcodeDistrict.of(postalAddress);
    }

    public boolean needs(CommunicationNeed need) {
        return communicationNeeds.contains(need);
    }

    private static String trimmed(String value) {
        return FormRules.isBlank(value) ? null : value.strip();
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
        var copy = EnumSet.noneOf(type);
        if (values != null) {
            copy.addAll(values);
        }
        return Collections.unmodifiableSet(copy); // in declaration order, for showing
    }
}
