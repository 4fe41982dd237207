package org.involveportal.joining;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.involveportal.audit.AuditAction;
import org.involveportal.audit.AuditTrail;
import org.involveportal.forum.GroupMembership;
import org.involveportal.forum.GroupService;
import org.involveportal.forum.InvolvementGroup;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.MessageCatalog;
import org.involveportal.people.ResidentService;
import org.involveportal.platform.MailSender;

/**
 * Staff write to a group's members: each is emailed in their language, or put on the printable list for a
 * letter or a call when they chose post or phone. The message is kept, so the list can be printed later;
 * the audit trail records who sent it to which group, never to whom.
 */
@Stateless
public class GroupMessaging {

    private static final Logger LOG = Logger.getLogger(GroupMessaging.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private GroupService groups;

    @Inject
    private ResidentService residents;

    @Inject
    private MailSender mail;

    @Inject
    private MessageCatalog catalog;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** The group's members as messages reach them, in the order they joined. */
    public List<MessageRecipient> recipients(InvolvementGroup group) {
        return groups.memberships(group.getId(), GroupMembership.Status.MEMBER).stream()
                .map(m -> residents.find(m.getResidentId()).map(MessageRecipient::of).orElse(null))
                .filter(Objects::nonNull).toList();
    }

    /** Keeps the message and emails everyone who takes email; returns the message with its counts. */
    public GroupMessage send(InvolvementGroup group, GroupMessageForm form, String staff) {
        var message = new GroupMessage(group.getId(), form, staff, clock.instant());
        em.persist(message);
        int emailed = 0;
        int notEmailed = 0;
        for (var recipient : recipients(group)) {
            if (!recipient.isByEmail()) {
                notEmailed++;
                continue;
            }
            var language = message.hasWelsh() ? recipient.language() : Language.ENGLISH;
            try {
                mail.send(recipient.email(), message.subjectIn(language), bodyWithFooter(group, message, language), language.tag());
                emailed++;
            } catch (Exception e) {
                // never the address in the log
                LOG.log(Level.WARNING, "A group message could not be emailed: {0}", e.getClass().getSimpleName());
                notEmailed++;
            }
        }
        message.counted(emailed, notEmailed);
        audit.record(staff, AuditAction.GROUP_MESSAGE_SENT, "group", group.getSlug(),
                "message " + message.getId() + ": " + emailed + " emailed, " + notEmailed + " to post or phone");
        return message;
    }

    public Optional<GroupMessage> find(long groupId, long messageId) {
        return Optional.ofNullable(em.find(GroupMessage.class, messageId)).filter(m -> m.getGroupId() == groupId);
    }

    /** Earlier messages to the group, newest first. */
    public List<GroupMessage> sentTo(long groupId) {
        return em.createQuery("select m from GroupMessage m where m.groupId = :g order by m.sentAt desc, m.id desc", GroupMessage.class)
                .setParameter("g", groupId).setMaxResults(20).getResultList();
    }

    private String bodyWithFooter(InvolvementGroup group, GroupMessage message, Language language) {
        String base = baseUrl.replaceAll("/+$", "");
        String name = group.textIn(group.textLanguage(language.tag())).getName();
        return message.bodyIn(language) + "\n\n-- \n" + catalog.format(language, false, "mail.groupMessage.footer",
                java.util.Map.of("group", name, "link", base + language.pathPrefix() + "/groups/" + group.getSlug()));
    }
}
