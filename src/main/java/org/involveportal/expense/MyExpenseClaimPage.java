package org.involveportal.expense;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.involveportal.activity.Activity;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Messages;
import org.involveportal.i18n.PageRoute;
import org.involveportal.people.SignedInResident;
import org.involveportal.platform.FormRules;
import org.involveportal.platform.Money;
import org.involveportal.web.page.Navigation;
import org.involveportal.web.page.PageBean;

/**
 * One of the signed-in resident's claims ({@code /account/expenses/{reference}}): its lines and where each stands,
 * the receipts (added one at a time, so nothing chosen is lost to a problem elsewhere), the benefits notice before
 * payment for time, staff's question and the answer, and sending it. Someone else's claim is not found.
 */
@Named("myExpenseClaim")
@RequestScoped
public class MyExpenseClaimPage extends PageBean {

    /** What the page can say was just done. */
    private static final Set<String> DONE = Set.of("saved", "receiptAdded", "receiptRemoved", "sent");
    /** The problems the receipt upload sends back, by bundle key: nothing else is shown from the address. */
    private static final Set<String> RECEIPT_PROBLEMS = Set.of("expense.error.receiptNone", "expense.error.receiptTooLarge",
            "expense.error.receiptType", "expense.error.receiptName", "expense.error.receiptTooMany");

    /** A line as the resident reads it. */
    public record LineRow(long id, String kindKey, String detail, String amount, String statusKey, String refusalReason,
                          String overLimitReason, String miles) {
    }

    @Inject
    private HttpServletRequest request;

    @Inject
    private SignedInResident signedIn;

    @Inject
    private ExpenseService expenses;

    @Inject
    private Messages messages;

    private ExpenseClaim claim;
    private Activity activity;
    private long residentId;
    private List<ExpenseReceipt> receipts;
    private String answer = "";
    private boolean benefitsRead;

    @Override
    protected void load() {
        FacesContext.getCurrentInstance().getExternalContext().setResponseHeader("Cache-Control", "no-store");
        var id = signedIn.id();
        if (id.isEmpty()) {
            Navigation.redirect(signedIn.signInAddressBackHere());
            return;
        }
        residentId = id.get();
        String reference = PageRoute.parameter(request);
        claim = reference == null ? null : expenses.own(reference, residentId).orElse(null);
        if (claim == null) {
            notFound();
            return;
        }
        activity = expenses.activityOf(claim);
        receipts = expenses.receipts(claim.getId());
        String problem = parameter("receiptError");
        if (problem != null && RECEIPT_PROBLEMS.contains(problem)) {
            problem("receipt", problem);
        }
    }

    @Override
    protected void post() {
        String action = String.valueOf(parameter("action"));
        try {
            switch (action) {
                case "removeReceipt" -> {
                    long receipt;
                    try {
                        receipt = Long.parseLong(String.valueOf(parameter("receipt")));
                    } catch (NumberFormatException e) {
                        badRequest();
                        return;
                    }
                    expenses.removeReceipt(claim.getReference(), residentId, receipt);
                    redirectToPage(here() + "?done=receiptRemoved");
                }
                case "send" -> {
                    answer = typed("answer");
                    benefitsRead = "yes".equals(parameter("benefits"));
                    if (claim.getStatus() == ExpenseClaim.Status.MORE_INFO && FormRules.length(answer) > ExpenseClaim.QUESTION_MAX) {
                        problem("answer", "expense.error.answerTooLong");
                        return;
                    }
                    expenses.send(claim.getReference(), residentId, benefitsRead, answer);
                    redirectToPage(here() + "?done=sent");
                }
                default -> badRequest();
            }
        } catch (ExpenseRuleViolation violation) {
            problem(fieldFor(violation.messageKey()), violation.messageKey());
        }
    }

    /** Where the page shows a problem with sending. */
    private static String fieldFor(String key) {
        return Map.of("expense.error.receiptNeeded", "receipt", "expense.error.benefitsNotice", "benefits",
                "expense.error.answer", "answer", "expense.error.answerTooLong", "answer").getOrDefault(key, "lines");
    }

    private String here() {
        return "/account/expenses/" + claim.getReference();
    }

    public String getReference() {
        return claim.getReference();
    }

    public String getTitle() {
        return activity.textIn(messages.getLanguage().tag()).getTitle();
    }

    public String getTitleLang() {
        return activity.languageShownTo(messages.getLanguage().tag()).htmlLang();
    }

    public String getSlug() {
        return activity.getSlug();
    }

    public String getWhen() {
        return DateFormatting.dateAndTime(activity.getStartsAt(), messages.getLanguage());
    }

    public String getStatusKey() {
        return MyExpensesPage.statusKey(claim);
    }

    public boolean isOpen() {
        return claim.isOpenToResident();
    }

    public boolean isAskedMore() {
        return claim.getStatus() == ExpenseClaim.Status.MORE_INFO;
    }

    public String getQuestion() {
        return claim.getQuestion();
    }

    public String getAnswer() {
        return answer;
    }

    public String getSentAnswer() {
        return claim.getAnswer();
    }

    public boolean isAsksForTime() {
        return claim.asksForTime();
    }

    public boolean isBenefitsRead() {
        return benefitsRead || claim.getBenefitsNoticeReadAt() != null;
    }

    public boolean isNeedsReceipt() {
        return claim.getItems().stream().anyMatch(item -> item.getKind().needsReceipt());
    }

    public List<LineRow> getLines() {
        var locale = messages.getLanguage().locale();
        return claim.getItems().stream().map(item -> new LineRow(item.getId(), "expenseKind." + item.getKind().name(),
                item.getDetail(), Money.format(item.getAmount(), locale),
                item.isPaid() ? "expense.item.status.PAID" : "expense.item.status." + item.getStatus().name(),
                item.getRefusalReason(), item.getOverLimitReason(),
                item.getMiles() == null ? null : item.getMiles().stripTrailingZeros().toPlainString())).toList();
    }

    public String getTotal() {
        return Money.format(claim.total(), messages.getLanguage().locale());
    }

    public String getApprovedTotal() {
        return Money.format(claim.approvedTotal(), messages.getLanguage().locale());
    }

    public boolean isDecided() {
        return claim.getStatus() == ExpenseClaim.Status.DECIDED;
    }

    public List<ExpenseReceipt> getReceipts() {
        return receipts;
    }

    public boolean isMoreReceiptsAllowed() {
        return receipts.size() < ExpenseReceipt.MOST_PER_CLAIM;
    }

    /** A receipt's size as people read it: kilobytes, or megabytes with one decimal. */
    public String size(long bytes) {
        return bytes < 1024 * 1024 ? Math.max(1, bytes / 1024) + " KB"
                : String.format(messages.getLanguage().locale().toLocale(), "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** The bundle key of what was just done, from the address; null for anything else. */
    public String getDoneKey() {
        String done = parameter("done");
        return done != null && DONE.contains(done) ? "expense.done." + done : null;
    }
}
