package org.involveportal.expense;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.involveportal.audit.AuditAction;
import org.involveportal.audit.AuditTrail;

/** The admin's side of the expenses policy: reading and changing it, audited. */
@Stateless
public class ExpensePolicies {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    public ExpensePolicy current() {
        return em.find(ExpensePolicy.class, ExpensePolicy.ID);
    }

    public void change(ExpensePolicy.Terms terms, String actor) {
        var policy = em.find(ExpensePolicy.class, ExpensePolicy.ID, LockModeType.PESSIMISTIC_WRITE);
        var before = policy.terms();
        policy.apply(terms, actor, clock.instant());
        audit.record(actor, AuditAction.EXPENSE_POLICY_CHANGED, "expense-policy", "1", brief(before) + " -> " + brief(terms));
    }

    /** The terms in a line for the audit trail: mileage rate and limit, fare, care, meal, interpreter, time, days. */
    static String brief(ExpensePolicy.Terms terms) {
        return "mileage " + terms.mileageRate() + "/mile up to " + terms.mileageLimit() + ", fare " + terms.fareLimit()
                + ", care " + terms.careLimit() + ", meal " + terms.mealLimit() + ", interpreter " + terms.interpreterLimit()
                + ", time " + terms.timeBasis() + " " + terms.timeRate() + ", " + terms.daysToClaim() + " days";
    }
}
