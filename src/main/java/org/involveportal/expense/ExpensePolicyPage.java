package org.involveportal.expense;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.involveportal.platform.Money;
import org.involveportal.web.page.FormValues;
import org.involveportal.web.page.PageBean;

/**
 * The expenses policy (admin role, {@code /staff/expense-policy}): the most a claim may ask for of each kind without a
 * reason (£0 for a kind not paid), the mileage rate, how time is paid and at what rate, and the days to claim. A change
 * applies to claims written from then on, and is audited with the terms before and after.
 */
@Named
@RequestScoped
public class ExpensePolicyPage extends PageBean {

    static final String ROLE = "ADMIN";

    /** The amount fields, in the order of the form. */
    static final List<String> AMOUNTS = List.of("mileageRate", "mileageLimit", "fareLimit", "careLimit", "mealLimit",
            "interpreterLimit", "timeRate");

    @Inject
    private ExpensePolicies policies;

    private final Map<String, String> values = new LinkedHashMap<>();

    @Override
    protected void load() {
        if (!allowed(ROLE)) {
            return;
        }
        var terms = policies.current().terms();
        values.put("mileageRate", Money.plain(terms.mileageRate()));
        values.put("mileageLimit", Money.plain(terms.mileageLimit()));
        values.put("fareLimit", Money.plain(terms.fareLimit()));
        values.put("careLimit", Money.plain(terms.careLimit()));
        values.put("mealLimit", Money.plain(terms.mealLimit()));
        values.put("interpreterLimit", Money.plain(terms.interpreterLimit()));
        values.put("timeRate", Money.plain(terms.timeRate()));
        values.put("timeBasis", terms.timeBasis().name());
        values.put("daysToClaim", String.valueOf(terms.daysToClaim()));
    }

    @Override
    protected void post() {
        var amounts = new LinkedHashMap<String, BigDecimal>();
        for (String field : AMOUNTS) {
            values.put(field, typed(field));
            var amount = Money.parse(typed(field));
            if (amount.isEmpty()) {
                problem(field, "expensePolicy.error.amount");
            } else {
                amounts.put(field, amount.get());
            }
        }
        values.put("timeBasis", typed("timeBasis"));
        values.put("daysToClaim", typed("daysToClaim"));
        var basis = FormValues.one(TimeBasis.class, typed("timeBasis"));
        if (basis == null) {
            problem("timeBasis-1", "expensePolicy.error.timeBasis");
        }
        int days = FormValues.wholeNumber(typed("daysToClaim").strip());
        if (days < 1 || days > ExpensePolicy.MOST_DAYS_TO_CLAIM) {
            problem("daysToClaim", "expensePolicy.error.days");
        }
        if (hasErrors()) {
            return;
        }
        policies.change(new ExpensePolicy.Terms(amounts.get("mileageRate"), amounts.get("mileageLimit"), amounts.get("fareLimit"),
                amounts.get("careLimit"), amounts.get("mealLimit"), amounts.get("interpreterLimit"), basis, amounts.get("timeRate"), days),
                staffMember());
        redirectTo("/staff/expense-policy?saved=true");
    }

    public Map<String, String> getValues() {
        return values;
    }

    public List<String> getAmounts() {
        return AMOUNTS;
    }

    public List<String> getBases() {
        return List.of(TimeBasis.HOURLY.name(), TimeBasis.SESSIONAL.name(), TimeBasis.VOUCHER.name());
    }

    public boolean isSaved() {
        return "true".equals(parameter("saved"));
    }
}
