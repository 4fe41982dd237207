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
 * Payments (finance role, {@code /staff/expense-payments}): the approved lines not yet sent to be paid, with their total;
 * making them a batch for the finance system; each batch's file (CSV or XLSX); and marking a batch paid once it is.
 */
@Named
@RequestScoped
public class ExpensePaymentsPage extends PageBean {

    private static final Map<String, String> DONE = Map.of("batch", "expensePayments.done.batch", "paid", "expensePayments.done.paid");

    /** An approved line waiting to be paid. */
    public record PayableRow(String claim, Long residentId, String kind, String amount) {
    }

    /** A batch. */
    public record BatchRow(String reference, String made, String madeBy, int lines, String total, String paid) {
    }

    @Inject
    private ExpensePayments payments;

    @Inject
    private Messages messages;

    private List<ExpenseItem> payable;

    @Override
    protected void load() {
        if (!allowed(StaffExpensesPage.ROLE)) {
            return;
        }
        payable = payments.payable();
    }

    @Override
    protected void post() {
        String action = String.valueOf(parameter("action"));
        try {
            switch (action) {
                case "batch" -> {
                    var batch = payments.createBatch(staffMember());
                    redirectTo("/staff/expense-payments?done=batch&b=" + batch.getReference());
                }
                case "paid" -> {
                    payments.markPaid(String.valueOf(parameter("b")), staffMember());
                    redirectTo("/staff/expense-payments?done=paid&b=" + parameter("b"));
                }
                default -> badRequest();
            }
        } catch (ExpenseRuleViolation violation) {
            problem("batches", violation.messageKey());
        }
    }

    public List<PayableRow> getPayable() {
        var locale = messages.getLanguage().locale();
        return payable.stream().map(item -> new PayableRow(item.getClaim().getReference(), item.getClaim().getResidentId(),
                item.getKind().name(), Money.format(item.getAmount(), locale))).toList();
    }

    public String getPayableTotal() {
        return Money.format(payments.total(payable), messages.getLanguage().locale());
    }

    public List<BatchRow> getBatches() {
        var language = messages.getLanguage();
        return payments.batches().stream().map(batch -> new BatchRow(batch.getReference(),
                DateFormatting.dateAndTime(batch.getCreatedAt(), language), batch.getCreatedBy(), batch.getLineCount(),
                Money.format(batch.getTotal(), language.locale()),
                batch.getPaidAt() == null ? null : DateFormatting.dateAndTime(batch.getPaidAt(), language))).toList();
    }

    public String getDoneKey() {
        String done = parameter("done");
        return done == null ? null : DONE.get(done);
    }

    public String getDoneBatch() {
        return parameter("b");
    }
}
