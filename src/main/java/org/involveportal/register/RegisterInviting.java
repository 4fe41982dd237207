package org.involveportal.register;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.involveportal.activity.ActivityService;
import org.involveportal.audit.AuditAction;
import org.involveportal.consultation.ConsultationService;
import org.involveportal.content.TranslatedContent;
import org.involveportal.forum.GroupService;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.MessageCatalog;
import org.involveportal.joining.GroupMessageForm;
import org.involveportal.joining.MessageRecipient;
import org.involveportal.platform.MailSender;

/**
 * Staff invite the people a register search found to an activity, a group or a consultation: each is emailed
 * in their language (Welsh when they write in Welsh and the invitation has Welsh words), or listed for a letter
 * or a call when they chose post or phone. The invitation is kept with who it went to, so the letters can be
 * printed later; the audit trail records the criteria and the counts, never to whom.
 */
@Stateless
public class RegisterInviting {

    private static final Logger LOG = Logger.getLogger(RegisterInviting.class.getName());

    /** Something open to invite people to: its address under the portal and its English name. */
    public record Opening(String path, String kindKey, String name) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RegisterService register;

    @Inject
    private ConsultationService consultations;

    @Inject
    private GroupService groups;

    @Inject
    private ActivityService activities;

    @Inject
    private MailSender mail;

    @Inject
    private MessageCatalog catalog;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** The people the criteria find, as a message reaches them. */
    public List<MessageRecipient> recipients(RegisterCriteria criteria) {
        return register.everyone(criteria).stream().map(MessageRecipient::of).toList();
    }

    /** What an invitation may be about: activities to come, listed groups, open consultations. */
    public List<Opening> openings() {
        var openings = new ArrayList<Opening>();
        for (var activity : activities.upcoming(null, null, null)) {
            openings.add(new Opening("/activities/" + activity.getSlug(), "register.about.activity",
                    activity.textIn(TranslatedContent.ENGLISH).getTitle()));
        }
        for (var group : groups.directory(null, null, null, null)) {
            openings.add(new Opening("/groups/" + group.getSlug(), "register.about.group", group.textIn(TranslatedContent.ENGLISH).getName()));
        }
        for (var consultation : consultations.findOpen()) {
            openings.add(new Opening("/consultations/" + consultation.getSlug(), "register.about.consultation",
                    consultation.textIn(TranslatedContent.ENGLISH).getTitle()));
        }
        return openings;
    }

    public RegisterInvitation send(RegisterCriteria criteria, Opening about, GroupMessageForm form, String staff) {
        var invitation = new RegisterInvitation(about == null ? null : about.path(), criteria.inWords(), form, staff, clock.instant());
        em.persist(invitation);
        em.flush(); // its number, for the audit trail
        for (var recipient : recipients(criteria)) {
            var language = invitation.hasWelsh() ? recipient.language() : Language.ENGLISH;
            boolean emailed = false;
            if (recipient.isByEmail()) {
                try {
                    mail.send(recipient.email(), invitation.subjectIn(language), body(invitation, language), language.tag());
                    emailed = true;
                } catch (Exception e) {
                    // never the address in the log
                    LOG.log(Level.WARNING, "An invitation could not be emailed: {0}", e.getClass().getSimpleName());
                }
            }
            invitation.reached(new InvitationRecipient(recipient.residentId(), emailed ? "EMAIL" : recipient.way().name(),
                    language.tag()), emailed);
        }
        register.audited(staff, AuditAction.REGISTER_INVITATION_SENT, criteria, invitation.getRecipients().size(),
                "invitation " + invitation.getId() + (about == null ? "" : " to " + about.path()) + ": "
                        + invitation.getEmailed() + " emailed, " + invitation.getNotEmailed() + " to post or phone");
        return invitation;
    }

    public Optional<RegisterInvitation> find(long id) {
        return Optional.ofNullable(em.find(RegisterInvitation.class, id));
    }

    /** The words of the invitation with where to find what it is about, and why the person is getting it. */
    String body(RegisterInvitation invitation, Language language) {
        String base = baseUrl.replaceAll("/+$", "");
        Map<String, Object> arguments = new HashMap<>();
        arguments.put("link", invitation.getAbout() == null ? "" : base + language.pathPrefix() + invitation.getAbout());
        arguments.put("profile", base + language.pathPrefix() + "/account/profile");
        arguments.put("hasLink", invitation.getAbout() == null ? "no" : "yes");
        return invitation.bodyIn(language) + "\n\n-- \n" + catalog.format(language, false, "mail.registerInvitation.footer", arguments);
    }
}
