package org.involveportal.expense;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.involveportal.activity.Activity;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Messages;
import org.involveportal.platform.FormRules;
import org.involveportal.platform.Money;
import org.involveportal.web.page.PageBean;

/**
 * One claim for staff (finance role, {@code /staff/expense-claim?c=reference}): who claims and for which activity, each
 * line with its amount against the policy and any reason over the limit, the receipts, and for each line approve or
 * refuse with a reason; or ask the resident a question first.
 */
@Named
@RequestScoped
public class StaffExpenseClaimPage extends PageBean {

    private static final Map<String, String> DONE = Map.of("approved", "staffExpenseClaim.done.approved", "refused",
            "staffExpenseClaim.done.refused", "asked", "staffExpenseClaim.done.asked");

    /** A line as staff decide it. */
    public record LineRow(long id, String kind, String detail, String miles, String amount, String limit, boolean overLimit,
                          String overLimitReason, String status, String refusalReason, boolean decidable, boolean paid) {
    }

    @Inject
    private ExpenseDecisions decisions;

    @Inject
    private ExpenseService expenses;

    @Inject
    private Messages messages;

    private ExpenseClaim claim;
    private Activity activity;
    private String question = "";
    private Long refusing;
    private String refusal = "";

    @Override
    protected void load() {
        if (!allowed(StaffExpensesPage.ROLE)) {
            return;
        }
        claim = decisions.find(String.valueOf(parameter("c"))).orElse(null);
        if (claim == null) {
            notFound();
            return;
        }
        activity = expenses.activityOf(claim);
    }

    @Override
    protected void post() {
        String action = String.valueOf(parameter("action"));
        try {
            if ("ask".equals(action)) {
                question = typed("question");
                if (FormRules.isBlank(question)) {
                    problem("question", "staffExpenseClaim.error.question");
                    return;
                }
                if (FormRules.length(question) > ExpenseClaim.QUESTION_MAX) {
                    problem("question", "staffExpenseClaim.error.questionTooLong");
                    return;
                }
                decisions.askForMore(claim.getReference(), question, staffMember());
                redirectTo(here("asked"));
                return;
            }
            long item;
            try {
                item = Long.parseLong(String.valueOf(parameter("item")));
            } catch (NumberFormatException e) {
                badRequest();
                return;
            }
            switch (action) {
                case "approve" -> {
                    decisions.decide(claim.getReference(), item, true, null, staffMember());
                    redirectTo(here("approved"));
                }
                case "refuse" -> {
                    refusing = item;
                    refusal = typed("reason-" + item);
                    if (FormRules.isBlank(refusal)) {
                        problem("reason-" + item, "staffExpenseClaim.error.reason");
                        return;
                    }
                    if (FormRules.length(refusal) > ExpenseLine.REASON_MAX) {
                        problem("reason-" + item, "expense.error.reasonTooLong");
                        return;
                    }
                    decisions.decide(claim.getReference(), item, false, refusal, staffMember());
                    redirectTo(here("refused"));
                }
                default -> badRequest();
            }
        } catch (ExpenseRuleViolation violation) {
            problem("ask".equals(action) ? "question" : "lines", violation.messageKey());
        }
    }

    private String here(String done) {
        return "/staff/expense-claim?c=" + claim.getReference() + "&done=" + done;
    }

    public String getReference() {
        return claim.getReference();
    }

    public Long getResidentId() {
        return claim.getResidentId();
    }

    public String getActivity() {
        return activity.textIn("en").getTitle();
    }

    public String getActivitySlug() {
        return activity.getSlug();
    }

    public String getWhen() {
        return DateFormatting.dateAndTime(activity.getStartsAt(), messages.getLanguage());
    }

    public boolean isPaidActivity() {
        return activity.isPaid();
    }

    public String getStatusKey() {
        return MyExpensesPage.statusKey(claim);
    }

    public String getSent() {
        return claim.getSentAt() == null ? "" : DateFormatting.dateAndTime(claim.getSentAt(), messages.getLanguage());
    }

    public String getBenefitsNoticeRead() {
        return claim.getBenefitsNoticeReadAt() == null ? null : DateFormatting.dateAndTime(claim.getBenefitsNoticeReadAt(), messages.getLanguage());
    }

    public boolean isAskable() {
        return claim.getStatus() == ExpenseClaim.Status.SENT;
    }

    public String getAskedQuestion() {
        return claim.getQuestion();
    }

    public String getAnswer() {
        return claim.getAnswer();
    }

    public boolean isWaitingForAnswer() {
        return claim.getStatus() == ExpenseClaim.Status.MORE_INFO;
    }

    public String getQuestion() {
        return question;
    }

    public List<LineRow> getLines() {
        var policy = expenses.policy();
        var locale = messages.getLanguage().locale();
        boolean decidable = claim.getStatus() == ExpenseClaim.Status.SENT || claim.getStatus() == ExpenseClaim.Status.DECIDED;
        return claim.getItems().stream().map(item -> new LineRow(item.getId(), item.getKind().name(), item.getDetail(),
                item.getMiles() == null ? null : item.getMiles().stripTrailingZeros().toPlainString(),
                Money.format(item.getAmount(), locale),
                item.getKind() == ExpenseKind.TIME ? null : Money.format(policy.limitFor(item.getKind()), locale),
                item.getOverLimitReason() != null, item.getOverLimitReason(), item.getStatus().name(), item.getRefusalReason(),
                decidable && item.getBatchId() == null, item.isPaid())).toList();
    }

    /** What was typed as the reason for refusing a line, when it came back with a problem. */
    public String refusalFor(long item) {
        return refusing != null && refusing == item ? refusal : "";
    }

    public String getTotal() {
        return Money.format(claim.total(), messages.getLanguage().locale());
    }

    public String getApprovedTotal() {
        return Money.format(claim.approvedTotal(), messages.getLanguage().locale());
    }

    public List<ExpenseReceipt> getReceipts() {
        return decisions.receipts(claim);
    }

    public String getDoneKey() {
        String done = parameter("done");
        return done == null ? null : DONE.get(done);
    }
}
