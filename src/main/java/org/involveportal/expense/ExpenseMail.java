package org.involveportal.expense;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.involveportal.i18n.MessageCatalog;
import org.involveportal.people.Resident;
import org.involveportal.platform.MailSender;

/**
 * Emails a resident about their claim once the change has committed, in the language they asked to be written to.
 * The words are the letter's words ({@link ExpenseLetter}), so email and post say the same. A failure is logged with
 * the kind of email and the error's class only.
 */
@Stateless
public class ExpenseMail {

    private static final Logger LOG = Logger.getLogger(ExpenseMail.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MessageCatalog catalog;

    @Inject
    private MailSender mail;

    @Inject
    private ExpenseLetter letters;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    public void noticeDue(@Observes(during = TransactionPhase.AFTER_SUCCESS) ExpenseNoticeDue due) {
        try {
            var notice = em.find(ExpenseNotice.class, due.noticeId());
            var claim = notice == null ? null : em.find(ExpenseClaim.class, notice.getClaimId());
            var resident = claim == null || claim.getResidentId() == null ? null : em.find(Resident.class, claim.getResidentId());
            if (resident == null) {
                return;
            }
            var letter = letters.write(notice, claim, resident, baseUrl);
            mail.send(resident.getEmail(), letter.subject(), letter.body(), letter.language().tag());
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "An expense claim email failed: {0}", e.getClass().getSimpleName());
        }
    }
}
