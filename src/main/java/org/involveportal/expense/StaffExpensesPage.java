package org.involveportal.expense;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Messages;
import org.involveportal.platform.Money;
import org.involveportal.web.page.PageBean;

/**
 * Expense claims for staff (finance role, {@code /staff/expenses}): those waiting for a decision first, then those
 * waiting for the resident's answer, and those decided; with how many of each, and the way to payments and letters.
 */
@Named
@RequestScoped
public class StaffExpensesPage extends PageBean {

    static final String ROLE = "FINANCE";

    /** A claim in the list. */
    public record Row(String reference, String activity, Long residentId, String sent, String total, String statusKey) {
    }

    @Inject
    private ExpenseDecisions decisions;

    @Inject
    private ExpenseService expenses;

    @Inject
    private ExpenseNotices notices;

    @Inject
    private Messages messages;

    private ExpenseClaim.Status status;

    @Override
    protected void load() {
        if (!allowed(ROLE)) {
            return;
        }
        status = filter("status", List.of(ExpenseClaim.Status.SENT, ExpenseClaim.Status.MORE_INFO, ExpenseClaim.Status.DECIDED),
                Enum::name).orElse(ExpenseClaim.Status.SENT);
    }

    public String getStatus() {
        return status.name();
    }

    public Map<String, Long> getCounts() {
        return Map.of("SENT", decisions.count(ExpenseClaim.Status.SENT), "MORE_INFO", decisions.count(ExpenseClaim.Status.MORE_INFO),
                "DECIDED", decisions.count(ExpenseClaim.Status.DECIDED));
    }

    public List<String> getStatuses() {
        return List.of("SENT", "MORE_INFO", "DECIDED");
    }

    public List<Row> getRows() {
        var language = messages.getLanguage();
        return decisions.claims(status).stream().map(claim -> new Row(claim.getReference(),
                expenses.activityOf(claim).textIn("en").getTitle(), claim.getResidentId(),
                claim.getSentAt() == null ? "" : DateFormatting.date(claim.getSentAt(), language),
                Money.format(claim.total(), language.locale()), MyExpensesPage.statusKey(claim))).toList();
    }

    public int getLettersToPost() {
        return notices.lettersToPost().size();
    }
}
