package org.involveportal.expense;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.involveportal.i18n.Language;
import org.involveportal.staff.StaffRole;
import org.involveportal.staff.StaffToDo;

/**
 * For the staff home (finance): claims waiting for a decision (residents are out of pocket, so they are due), approved
 * lines waiting for a payment batch, and letters about claims waiting to be posted.
 */
@ApplicationScoped
public class ExpenseToDo implements StaffToDo {

    @Inject
    private ExpenseDecisions decisions;

    @Inject
    private ExpensePayments payments;

    @Inject
    private ExpenseNotices notices;

    @Override
    public List<Item> itemsFor(Set<StaffRole> roles, Instant now, Language reader) {
        if (!roles.contains(StaffRole.FINANCE)) {
            return List.of();
        }
        return List.of(
                new Item("expense-claims", 60, "staff.home.expenseClaims", decisions.count(ExpenseClaim.Status.SENT),
                        "expenses?status=SENT", Urgency.DUE),
                new Item("expense-payable", 61, "staff.home.expensePayable", payments.payable().size(), "expense-payments",
                        Urgency.NONE),
                new Item("expense-letters", 62, "staff.home.expenseLetters", notices.lettersToPost().size(), "expense-letters",
                        Urgency.DUE));
    }
}
