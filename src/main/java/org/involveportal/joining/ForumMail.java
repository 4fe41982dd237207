package org.involveportal.joining;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.involveportal.forum.GroupMembership;
import org.involveportal.forum.Meeting;
import org.involveportal.forum.MeetingEmails;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.MessageCatalog;
import org.involveportal.people.Resident;
import org.involveportal.platform.MailSender;

/**
 * Writes and sends the forum's emails to a resident, in their language: Welsh when they asked for
 * correspondence in Welsh, otherwise the language of their account. A failure to send is logged with the
 * kind of email and the error's class only (no address, no name) and goes no further.
 */
@Stateless
public class ForumMail {

    private static final Logger LOG = Logger.getLogger(ForumMail.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MeetingEmails meetingEmails;

    @Inject
    private MessageCatalog catalog;

    @Inject
    private MailSender mail;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** The person given a place from the waiting list. */
    public void placeOffered(long meetingId, long residentId) {
        var meeting = em.find(Meeting.class, meetingId);
        var resident = em.find(Resident.class, residentId);
        if (meeting == null || resident == null) {
            return;
        }
        var language = languageOf(resident);
        send("placeOffered", resident, meetingEmails.placeOffered(meeting, language, groupLink(meeting, language), calendarLink(meeting)));
    }

    /** Someone with a place at a meeting that starts soon. */
    public void reminder(long meetingId, long residentId) {
        var meeting = em.find(Meeting.class, meetingId);
        var resident = em.find(Resident.class, residentId);
        if (meeting == null || resident == null) {
            return;
        }
        var language = languageOf(resident);
        send("reminder", resident, meetingEmails.reminder(meeting, language, groupLink(meeting, language), calendarLink(meeting)));
    }

    /** The person who asked to join a group, told whether staff approved or refused. */
    public void membershipDecided(long membershipId, boolean approved) {
        var membership = em.find(GroupMembership.class, membershipId);
        if (membership == null) {
            return;
        }
        var resident = em.find(Resident.class, membership.getResidentId());
        if (resident == null) {
            return;
        }
        var language = languageOf(resident);
        var group = membership.getGroup();
        var tag = group.textLanguage(language.tag());
        Map<String, Object> arguments = Map.of(
                "group", group.textIn(tag).getName(),
                "link", base() + language.pathPrefix() + "/groups/" + group.getSlug());
        String prefix = approved ? "mail.membership.approved" : "mail.membership.refused";
        var bodyLanguage = catalog.lookup(language, false, prefix + ".body").language();
        send(approved ? "membershipApproved" : "membershipRefused", resident, new MeetingEmails.Email(
                catalog.format(language, false, prefix + ".subject", arguments),
                catalog.format(language, false, prefix + ".body", arguments), bodyLanguage));
    }

    static Language languageOf(Resident resident) {
        return resident.correspondenceLanguage();
    }

    private String groupLink(Meeting meeting, Language language) {
        return base() + language.pathPrefix() + "/groups/" + meeting.getGroup().getSlug();
    }

    private String calendarLink(Meeting meeting) {
        return base() + "/calendar/meeting-" + meeting.getId() + ".ics";
    }

    private String base() {
        return baseUrl.replaceAll("/+$", "");
    }

    private void send(String kind, Resident resident, MeetingEmails.Email email) {
        try {
            mail.send(resident.getEmail(), email.subject(), email.body(), email.language().tag());
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "A {0} email could not be sent: {1}", new Object[] {kind, e.getClass().getSimpleName()});
        }
    }
}
