package org.involveportal.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.MessageCatalog;

/**
 * The words of meeting emails in the resident's language (Welsh always; others fall back to English),
 * plain text, times on London time.
 */
@ApplicationScoped
public class MeetingEmails {

    /** One email's subject and body. */
    public record Email(String subject, String body, Language language) {
    }

    @Inject
    private MessageCatalog catalog;

    protected MeetingEmails() {
        // for CDI
    }

    public MeetingEmails(MessageCatalog catalog) {
        this.catalog = catalog;
    }

    /** "You have a place": someone waiting was given a place. {@code meetingUrl} is the group page. */
    public Email placeOffered(Meeting meeting, Language language, String meetingUrl, String calendarUrl) {
        return email(meeting, language, "meeting.email.placeOffered", meetingUrl, calendarUrl);
    }

    /** The reminder a day or so before the meeting. */
    public Email reminder(Meeting meeting, Language language, String meetingUrl, String calendarUrl) {
        return email(meeting, language, "meeting.email.reminder", meetingUrl, calendarUrl);
    }

    private Email email(Meeting meeting, Language language, String prefix, String meetingUrl, String calendarUrl) {
        String tag = language.tag();
        var group = meeting.getGroup().textIn(tag).getName();
        var title = meeting.textIn(tag).getTitle();
        var bodyLanguage = catalog.lookup(language, false, prefix + ".body").language();
        Map<String, Object> arguments = Map.of(
                "group", group,
                "meeting", title,
                "when", DateFormatting.date(meeting.getStartsAt(), bodyLanguage) + ", " + DateFormatting.time(meeting.getStartsAt(), bodyLanguage),
                "where", where(meeting, bodyLanguage),
                "link", meetingUrl,
                "calendar", calendarUrl);
        return new Email(catalog.format(language, false, prefix + ".subject", arguments),
                catalog.format(language, false, prefix + ".body", arguments), bodyLanguage);
    }

    private String where(Meeting meeting, Language language) {
        if (meeting.getVenue() != null && meeting.getOnlineLink() != null) {
            return meeting.getVenue() + " / " + meeting.getOnlineLink();
        }
        return meeting.getVenue() != null ? meeting.getVenue() : meeting.getOnlineLink();
    }
}
