package org.involveportal.expense;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.involveportal.activity.Activity;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Messages;
import org.involveportal.people.SignedInResident;
import org.involveportal.platform.Money;
import org.involveportal.web.page.Navigation;
import org.involveportal.web.page.PageBean;

/**
 * "Your expenses" ({@code /account/expenses}): the activities the signed-in resident came to and may claim for, every
 * claim they made with where it stands, and what the council pays back under its policy.
 */
@Named("myExpenses")
@RequestScoped
public class MyExpensesPage extends PageBean {

    /** An activity to claim for. */
    public record ActivityRow(String slug, String title, String titleLang, String when) {
    }

    /** A claim and where it stands. */
    public record ClaimRow(String reference, String title, String titleLang, String statusKey, String total, String approved,
                           boolean decided) {
    }

    /** A line of the policy: what is paid back, and up to how much. */
    public record PolicyRow(String kindKey, String terms) {
    }

    @Inject
    private SignedInResident signedIn;

    @Inject
    private ExpenseService expenses;

    @Inject
    private Messages messages;

    private final List<ActivityRow> activities = new ArrayList<>();
    private final List<ClaimRow> claims = new ArrayList<>();
    private final List<PolicyRow> policy = new ArrayList<>();
    private int daysToClaim;

    @Override
    protected void load() {
        FacesContext.getCurrentInstance().getExternalContext().setResponseHeader("Cache-Control", "no-store");
        var id = signedIn.id();
        if (id.isEmpty()) {
            Navigation.redirect(signedIn.signInAddressBackHere());
            return;
        }
        var language = messages.getLanguage();
        for (Activity activity : expenses.claimable(id.get())) {
            activities.add(new ActivityRow(activity.getSlug(), activity.textIn(language.tag()).getTitle(),
                    activity.languageShownTo(language.tag()).htmlLang(), DateFormatting.dateAndTime(activity.getStartsAt(), language)));
        }
        for (ExpenseClaim claim : expenses.claimsOf(id.get())) {
            var activity = expenses.activityOf(claim);
            claims.add(new ClaimRow(claim.getReference(), activity.textIn(language.tag()).getTitle(),
                    activity.languageShownTo(language.tag()).htmlLang(), statusKey(claim),
                    Money.format(claim.total(), language.locale()), Money.format(claim.approvedTotal(), language.locale()),
                    claim.getStatus() == ExpenseClaim.Status.DECIDED));
        }
        var terms = expenses.policy();
        daysToClaim = terms.getDaysToClaim();
        for (ExpenseKind kind : ExpenseKind.values()) {
            if (terms.pays(kind)) {
                policy.add(new PolicyRow("expenseKind." + kind.name(), termsOf(terms, kind)));
            }
        }
    }

    /** Where a claim stands, as the resident reads it: paid once every approved line is. */
    static String statusKey(ExpenseClaim claim) {
        return claim.isPaid() ? "expense.status.PAID" : "expense.status." + claim.getStatus().name();
    }

    private String termsOf(ExpensePolicy terms, ExpenseKind kind) {
        var locale = messages.getLanguage().locale();
        return switch (kind) {
            case MILEAGE -> messages.format2("expense.policy.mileage", "rate", Money.format(terms.getMileageRate(), locale),
                    "limit", Money.format(terms.limitFor(kind), locale));
            case TIME -> messages.format("expense.policy.time." + terms.getTimeBasis().name(), "rate",
                    Money.format(terms.getTimeRate(), locale));
            default -> messages.format("expense.policy.upTo", "limit", Money.format(terms.limitFor(kind), locale));
        };
    }

    public List<ActivityRow> getActivities() {
        return activities;
    }

    public List<ClaimRow> getClaims() {
        return claims;
    }

    public List<PolicyRow> getPolicy() {
        return policy;
    }

    public int getDaysToClaim() {
        return daysToClaim;
    }
}
