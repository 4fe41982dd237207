package org.involveportal.expense;

/**
 * What a claim asks to be paid back or paid for. Names: expenseKind.NAME. Where the portal works the amount out (miles at a
 * rate, the time the activity took), the resident never types the amount.
 */
public enum ExpenseKind {
    /** Driving: miles at the policy's rate. */
    MILEAGE,
    /** A bus, train or taxi fare. */
    FARE,
    /** Someone to care for the person they look after while they take part. */
    REPLACEMENT_CARE,
    /** A meal while taking part. */
    MEAL,
    /** An interpreter or communication support the person arranged. */
    INTERPRETER,
    /** Payment for the person's time, at the policy's rate: only for an activity staff marked as paid. */
    TIME;

    /** Paid-back costs need a receipt; mileage and payment for time are worked out, not spent. */
    public boolean needsReceipt() {
        return this == FARE || this == REPLACEMENT_CARE || this == MEAL || this == INTERPRETER;
    }

    /** The resident types the miles, and the amount is worked out at the policy's rate. */
    public boolean hasQuantity() {
        return this == MILEAGE;
    }
}
