package org.involveportal.expense;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.involveportal.people.Resident;
import org.involveportal.web.page.PageBean;

/**
 * Letters about claims to print and post (finance role, {@code /staff/expense-letters}), for residents who asked for
 * post: each with the address and the words in the resident's language, the same as an email would say, and a button to
 * mark it posted. Printing the page prints one letter to a sheet.
 */
@Named
@RequestScoped
public class ExpenseLettersPage extends PageBean {

    /** A letter to post. */
    public record Letter(long id, String reference, String name, String address, String phone, String lang, String subject, String body) {
    }

    @Inject
    private ExpenseNotices notices;

    @Inject
    private ExpenseDecisions decisions;

    @Inject
    private ExpenseLetter words;

    @PersistenceContext
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    private final List<Letter> letters = new ArrayList<>();

    @Override
    protected void load() {
        if (!allowed(StaffExpensesPage.ROLE)) {
            return;
        }
        for (ExpenseNotice notice : notices.lettersToPost()) {
            var claim = em.find(ExpenseClaim.class, notice.getClaimId());
            var resident = claim.getResidentId() == null ? null : em.find(Resident.class, claim.getResidentId());
            if (resident == null) {
                continue;
            }
            var letter = words.write(notice, claim, resident, baseUrl);
            var profile = resident.profile();
            letters.add(new Letter(notice.getId(), claim.getReference(), profile.name() == null ? resident.getEmail() : profile.name(),
                    profile.postalAddress(), profile.phone(), letter.language().htmlLang(), letter.subject(), letter.body()));
        }
    }

    @Override
    protected void post() {
        try {
            long notice = Long.parseLong(String.valueOf(parameter("letter")));
            decisions.markLetterPosted(notice, staffMember());
            redirectTo("/staff/expense-letters?done=posted");
        } catch (NumberFormatException e) {
            badRequest();
        } catch (ExpenseRuleViolation violation) {
            problem("letters", violation.messageKey());
        }
    }

    public List<Letter> getLetters() {
        return letters;
    }

    public boolean isJustPosted() {
        return "posted".equals(parameter("done"));
    }
}
