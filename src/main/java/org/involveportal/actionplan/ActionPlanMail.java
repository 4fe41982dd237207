package org.involveportal.actionplan;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.MessageCatalog;
import org.involveportal.people.ContactWay;
import org.involveportal.people.Resident;
import org.involveportal.platform.MailSender;

/**
 * Tells each follower of a plan, once its update has committed, that an action moved: one email in the language
 * they are written to in, or a line on the post list for those who asked for post and not email. Each follower is
 * claimed for the update first (the key of {@code action_update_notice} allows one), so nobody is told twice; an
 * email that fails gives the claim back. A failure is logged with its class only.
 */
@Stateless
public class ActionPlanMail {

    private static final Logger LOG = Logger.getLogger(ActionPlanMail.class.getName());

    /** How a follower was told. */
    public enum Way { EMAIL, POST }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MessageCatalog catalog;

    @Inject
    private MailSender mail;

    @Inject
    private Clock clock;

    @Inject
    private ActionPlanService plans;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    public void actionMoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) ActionMoved moved) {
        try {
            tellFollowers(moved.updateId());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Action plan update emails failed: {0}", e.getClass().getSimpleName());
        }
    }

    /** Tells every follower not yet told of this update; returns how many were told now. */
    public int tellFollowers(long updateId) {
        var update = em.find(ActionUpdate.class, updateId);
        if (update == null) {
            return 0;
        }
        var action = em.find(PlanAction.class, update.getActionId());
        var plan = em.find(ActionPlan.class, action.getPlanId());
        int told = 0;
        for (long residentId : plans.followerIds(plan.getId())) {
            var resident = em.find(Resident.class, residentId);
            if (resident == null) {
                continue;
            }
            var way = wayFor(resident);
            if (!claim(updateId, residentId, way)) {
                continue;
            }
            if (way == Way.POST) {
                told++;
                continue;
            }
            try {
                send(resident, plan, action, update);
                told++;
            } catch (MessagingException | RuntimeException e) {
                LOG.log(Level.WARNING, "An action plan update email failed: {0}", e.getClass().getSimpleName());
                em.createNativeQuery("delete from action_update_notice where update_id = ? and resident_id = ?")
                        .setParameter(1, updateId).setParameter(2, residentId).executeUpdate();
            }
        }
        return told;
    }

    private boolean claim(long updateId, long residentId, Way way) {
        return em.createNativeQuery("insert ignore into action_update_notice (update_id, resident_id, way, told_at) values (?, ?, ?, ?)")
                .setParameter(1, updateId).setParameter(2, residentId).setParameter(3, way.name())
                .setParameter(4, java.sql.Timestamp.from(clock.instant())).executeUpdate() == 1;
    }

    static Way wayFor(Resident resident) {
        var ways = resident.profile().contactWays();
        return ways.isEmpty() || ways.contains(ContactWay.EMAIL) || !ways.contains(ContactWay.POST) ? Way.EMAIL : Way.POST;
    }

    private void send(Resident resident, ActionPlan plan, PlanAction action, ActionUpdate update) throws MessagingException {
        Language language = resident.correspondenceLanguage();
        String base = baseUrl.replaceAll("/+$", "");
        Map<String, Object> arguments = Map.of(
                "plan", plan.textIn(language.tag()).getTitle(),
                "action", action.getWhat(),
                "status", catalog.format(language, false, "actionPlan.rag." + update.getRag().name(), Map.of()),
                "progress", update.getWords(),
                "link", base + language.pathPrefix() + "/action-plans/" + plan.getSlug() + "#action-" + action.getId(),
                "unfollow", base + language.pathPrefix() + "/action-plans/" + plan.getSlug() + "/follow");
        var bodyLanguage = catalog.lookup(language, false, "mail.actionPlan.body").language();
        mail.send(resident.getEmail(), catalog.format(language, false, "mail.actionPlan.subject", arguments),
                catalog.format(language, false, "mail.actionPlan.body", arguments), bodyLanguage.tag());
    }
}
