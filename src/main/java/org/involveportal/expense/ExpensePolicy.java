package org.involveportal.expense;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.involveportal.platform.Money;
import org.involveportal.platform.NotOnPublicPages;

/**
 * The council's expenses policy, set by an admin: for each kind of expense the most one claim may ask for without a
 * reason, the mileage rate, how people are paid for their time, and how long after taking part a claim may be made.
 * One row. The rules a claim must meet live here, so no page can bypass them.
 */
@Entity
@Table(name = "expense_policy")
@NotOnPublicPages
public class ExpensePolicy {

    /** The only row. */
    public static final int ID = 1;
    /** Claims are made within a year at most: the council's accounts close. */
    public static final int MOST_DAYS_TO_CLAIM = 365;

    @Id
    private int id = ID;

    @Column(name = "mileage_rate", nullable = false, precision = 10, scale = 2)
    private BigDecimal mileageRate;

    @Column(name = "mileage_limit", nullable = false, precision = 10, scale = 2)
    private BigDecimal mileageLimit;

    @Column(name = "fare_limit", nullable = false, precision = 10, scale = 2)
    private BigDecimal fareLimit;

    @Column(name = "care_limit", nullable = false, precision = 10, scale = 2)
    private BigDecimal careLimit;

    @Column(name = "meal_limit", nullable = false, precision = 10, scale = 2)
    private BigDecimal mealLimit;

    @Column(name = "interpreter_limit", nullable = false, precision = 10, scale = 2)
    private BigDecimal interpreterLimit;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_basis", nullable = false, length = 20)
    private TimeBasis timeBasis;

    @Column(name = "time_rate", nullable = false, precision = 10, scale = 2)
    private BigDecimal timeRate;

    @Column(name = "days_to_claim", nullable = false)
    private int daysToClaim;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by", length = 320)
    private String updatedBy;

    protected ExpensePolicy() {
        // for JPA
    }

    /** The values of a policy, as an admin sets them; {@link ExpensePolicyForm} checks them first. */
    public record Terms(BigDecimal mileageRate, BigDecimal mileageLimit, BigDecimal fareLimit, BigDecimal careLimit,
                        BigDecimal mealLimit, BigDecimal interpreterLimit, TimeBasis timeBasis, BigDecimal timeRate, int daysToClaim) {

        public Terms {
            for (BigDecimal amount : new BigDecimal[] {mileageRate, mileageLimit, fareLimit, careLimit, mealLimit, interpreterLimit, timeRate}) {
                if (amount == null || amount.signum() < 0 || amount.compareTo(Money.MOST) > 0 || amount.scale() > 2) {
                    throw new IllegalArgumentException("A policy amount is from £0 to £" + Money.MOST + " in pence, not " + amount);
                }
            }
            if (timeBasis == null || daysToClaim < 1 || daysToClaim > MOST_DAYS_TO_CLAIM) {
                throw new IllegalArgumentException("A policy needs how time is paid and from 1 to 365 days to claim");
            }
        }
    }

    public ExpensePolicy(Terms terms) {
        apply(terms, null, null);
    }

    /** New terms, from now on: claims already sent keep the amounts worked out when they were sent. */
    public void apply(Terms terms, String actor, Instant now) {
        this.mileageRate = terms.mileageRate().setScale(2);
        this.mileageLimit = terms.mileageLimit().setScale(2);
        this.fareLimit = terms.fareLimit().setScale(2);
        this.careLimit = terms.careLimit().setScale(2);
        this.mealLimit = terms.mealLimit().setScale(2);
        this.interpreterLimit = terms.interpreterLimit().setScale(2);
        this.timeBasis = terms.timeBasis();
        this.timeRate = terms.timeRate().setScale(2);
        this.daysToClaim = terms.daysToClaim();
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    public Terms terms() {
        return new Terms(mileageRate, mileageLimit, fareLimit, careLimit, mealLimit, interpreterLimit, timeBasis, timeRate, daysToClaim);
    }

    /** The most one claim may ask for of a kind without a reason; for time, what the time is worth. */
    public BigDecimal limitFor(ExpenseKind kind) {
        return switch (kind) {
            case MILEAGE -> mileageLimit;
            case FARE -> fareLimit;
            case REPLACEMENT_CARE -> careLimit;
            case MEAL -> mealLimit;
            case INTERPRETER -> interpreterLimit;
            case TIME -> timeRate;
        };
    }

    /** A kind with a limit of £0 is not paid back under this policy. */
    public boolean pays(ExpenseKind kind) {
        return limitFor(kind).signum() > 0;
    }

    /** Miles driven at the mileage rate, to the penny. */
    public BigDecimal mileage(BigDecimal miles) {
        return Money.pence(miles.multiply(mileageRate));
    }

    /**
     * What taking part for this long is worth: hours (to the quarter hour, rounded up) at the hourly rate, or one
     * session or voucher, whatever the length.
     */
    public BigDecimal timePayment(Duration took) {
        if (timeBasis != TimeBasis.HOURLY) {
            return timeRate;
        }
        long quarters = (took.toMinutes() + 14) / 15;
        return Money.pence(timeRate.multiply(BigDecimal.valueOf(quarters)).divide(BigDecimal.valueOf(4)));
    }

    /** Over the limit: the claim needs a reason, and staff decide. */
    public boolean isOverLimit(ExpenseKind kind, BigDecimal amount) {
        return kind != ExpenseKind.TIME && amount.compareTo(limitFor(kind)) > 0;
    }

    /** A claim may be made from the start of the activity until the days to claim after it ended (London days do not matter here). */
    public boolean claimOpen(Instant activityStarts, Instant activityEnds, Instant now) {
        return !now.isBefore(activityStarts) && now.isBefore(activityEnds.plus(Duration.ofDays(daysToClaim)));
    }

    public TimeBasis getTimeBasis() {
        return timeBasis;
    }

    public BigDecimal getMileageRate() {
        return mileageRate;
    }

    public BigDecimal getTimeRate() {
        return timeRate;
    }

    public int getDaysToClaim() {
        return daysToClaim;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
