package org.involveportal.activity;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.MessageCatalog;
import org.involveportal.people.Resident;
import org.involveportal.platform.MailSender;

/**
 * Tells a resident, once staff's decision has committed, whether they were chosen to take part in an
 * activity they said they are interested in: by email, in the language they asked to be written to.
 * A failure is logged with the kind of email and the error's class only, and goes no further.
 */
@Stateless
public class ActivityMail {

    private static final Logger LOG = Logger.getLogger(ActivityMail.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MessageCatalog catalog;

    @Inject
    private MailSender mail;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    public void placeDecided(@Observes(during = TransactionPhase.AFTER_SUCCESS) ActivityPlaceDecided decided) {
        try {
            send(decided);
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "An activity place email failed: {0}", e.getClass().getSimpleName());
        }
    }

    private void send(ActivityPlaceDecided decided) throws MessagingException {
        var interest = em.find(ActivityInterest.class, decided.interestId());
        var resident = interest == null ? null : em.find(Resident.class, interest.getResidentId());
        if (resident == null) {
            return;
        }
        var activity = em.find(Activity.class, interest.getActivityId());
        var language = resident.correspondenceLanguage();
        Map<String, Object> arguments = Map.of(
                "activity", activity.textIn(language.tag()).getTitle(),
                "when", DateFormatting.dateAndTime(activity.getStartsAt(), language),
                "link", baseUrl.replaceAll("/+$", "") + language.pathPrefix() + "/activities/" + activity.getSlug(),
                "list", baseUrl.replaceAll("/+$", "") + language.pathPrefix() + "/activities");
        String prefix = decided.chosen() ? "mail.activity.chosen" : "mail.activity.notChosen";
        var bodyLanguage = catalog.lookup(language, false, prefix + ".body").language();
        mail.send(resident.getEmail(), catalog.format(language, false, prefix + ".subject", arguments),
                catalog.format(language, false, prefix + ".body", arguments), bodyLanguage.tag());
    }
}
