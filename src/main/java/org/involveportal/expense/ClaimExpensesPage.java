package org.involveportal.expense;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.involveportal.activity.Activity;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Messages;
import org.involveportal.i18n.PageRoute;
import org.involveportal.people.SignedInResident;
import org.involveportal.platform.Money;
import org.involveportal.web.page.Navigation;
import org.involveportal.web.page.PageBean;

/**
 * What a resident claims for an activity they came to ({@code /account/expenses/claim/{slug}}): miles driven or fares,
 * replacement care, a meal, an interpreter, and payment for their time when the activity is paid. Amounts left blank
 * are not claimed. Saving keeps a draft the resident then adds receipts to and sends; the activity comes from the
 * address and the person from the session.
 */
@Named("claimExpenses")
@RequestScoped
public class ClaimExpensesPage extends PageBean {

    /** One kind of expense on the form, with what was typed (or saved before). */
    public record KindField(String kind, String field, String value, String detail, String reason, String hint, boolean miles) {
    }

    @Inject
    private HttpServletRequest request;

    @Inject
    private SignedInResident signedIn;

    @Inject
    private ExpenseService expenses;

    @Inject
    private Messages messages;

    private Activity activity;
    private long residentId;
    private ExpensePolicy policy;
    private ExpenseClaim claim;
    private final List<KindField> fields = new ArrayList<>();
    private boolean timeOffered;
    private boolean timeChosen;

    @Override
    protected void load() {
        FacesContext.getCurrentInstance().getExternalContext().setResponseHeader("Cache-Control", "no-store");
        var id = signedIn.id();
        if (id.isEmpty()) {
            Navigation.redirect(signedIn.signInAddressBackHere());
            return;
        }
        residentId = id.get();
        String slug = PageRoute.parameter(request);
        activity = slug == null ? null : expenses.claimableActivity(slug, residentId).orElse(null);
        if (activity == null) {
            notFound();
            return;
        }
        claim = expenses.claimFor(activity.getId(), residentId).orElse(null);
        if (claim != null && !claim.isOpenToResident()) {
            redirectToPage("/account/expenses/" + claim.getReference());
            return;
        }
        policy = expenses.policy();
        timeOffered = activity.isPaid() && policy.pays(ExpenseKind.TIME);
        var saved = claim == null ? List.<ExpenseItem>of() : claim.getItems();
        timeChosen = isPost() ? "yes".equals(parameter("time")) : saved.stream().anyMatch(item -> item.getKind() == ExpenseKind.TIME);
        var locale = messages.getLanguage().locale();
        for (ExpenseKind kind : ExpenseKind.values()) {
            if (kind == ExpenseKind.TIME || !policy.pays(kind)) {
                continue;
            }
            var before = saved.stream().filter(item -> item.getKind() == kind).findFirst();
            String field = ExpenseClaim.fieldOf(kind);
            String value = isPost() ? typed(field)
                    : before.map(item -> Money.plain(kind == ExpenseKind.MILEAGE ? item.getMiles() : item.getAmount())).orElse("");
            String detail = isPost() ? typed("detail-" + kind.name()) : before.map(ExpenseItem::getDetail).orElse("");
            String reason = isPost() ? typed("reason-" + kind.name()) : before.map(ExpenseItem::getOverLimitReason).orElse("");
            String hint = kind == ExpenseKind.MILEAGE
                    ? messages.format2("expense.policy.mileage", "rate", Money.format(policy.getMileageRate(), locale),
                            "limit", Money.format(policy.limitFor(kind), locale))
                    : messages.format("expense.policy.upTo", "limit", Money.format(policy.limitFor(kind), locale));
            fields.add(new KindField(kind.name(), field, value, detail == null ? "" : detail, reason == null ? "" : reason, hint,
                    kind == ExpenseKind.MILEAGE));
        }
    }

    @Override
    protected void post() {
        var lines = new ArrayList<ExpenseLine>();
        for (KindField kindField : fields) {
            var kind = ExpenseKind.valueOf(kindField.kind());
            String typedValue = kindField.value().strip();
            if (typedValue.isEmpty()) {
                continue;
            }
            var number = kind == ExpenseKind.MILEAGE ? Money.parseQuantity(typedValue) : Money.parse(typedValue);
            if (number.isEmpty()) {
                problem(kindField.field(), kind == ExpenseKind.MILEAGE ? "expense.error.miles" : "expense.error.amount");
                continue;
            }
            if (number.get().signum() == 0) {
                continue; // £0 is the same as nothing
            }
            lines.add(new ExpenseLine(kind, kind == ExpenseKind.MILEAGE ? number.get() : null,
                    kind == ExpenseKind.MILEAGE ? null : number.get(), kindField.detail(), kindField.reason()));
        }
        if (timeChosen) {
            if (!timeOffered) {
                badRequest();
                return;
            }
            lines.add(new ExpenseLine(ExpenseKind.TIME, null, null, null, null));
        }
        if (hasErrors()) {
            return;
        }
        var problems = ExpenseClaim.problems(lines, policy, activity.isPaid(), ExpenseService.took(activity));
        if (!problems.isEmpty()) {
            problems.forEach(this::problem);
            return;
        }
        try {
            var saved = expenses.saveLines(activity.getSlug(), residentId, lines);
            redirectToPage("/account/expenses/" + saved.getReference());
        } catch (ExpenseRuleViolation violation) {
            problem("miles", violation.messageKey());
        }
    }

    public String getTitle() {
        return activity.textIn(messages.getLanguage().tag()).getTitle();
    }

    public String getTitleLang() {
        return activity.languageShownTo(messages.getLanguage().tag()).htmlLang();
    }

    public String getWhen() {
        return DateFormatting.dateAndTime(activity.getStartsAt(), messages.getLanguage());
    }

    public String getSlug() {
        return activity.getSlug();
    }

    public List<KindField> getFields() {
        return fields;
    }

    public boolean isTimeOffered() {
        return timeOffered;
    }

    public boolean isTimeChosen() {
        return timeChosen;
    }

    /** What taking part is worth under the policy, for the payment-for-time question. */
    public String getTimeWorth() {
        BigDecimal worth = policy.timePayment(ExpenseService.took(activity));
        return Money.format(worth, messages.getLanguage().locale());
    }

    public String getTimeBasis() {
        return policy.getTimeBasis().name();
    }
}
