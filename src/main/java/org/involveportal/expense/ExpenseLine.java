package org.involveportal.expense;

import java.math.BigDecimal;

/**
 * One thing a resident asks for, as typed: the kind, the miles for mileage or the amount spent, a few words saying
 * what it was (a journey, who cared), and why it is over the limit where it is. Amounts the portal works out
 * (mileage, payment for time) are null here.
 */
public record ExpenseLine(ExpenseKind kind, BigDecimal miles, BigDecimal amount, String detail, String overLimitReason) {

    public static final int DETAIL_MAX = 200;
    public static final int REASON_MAX = 500;

    public ExpenseLine {
        detail = blankToNull(detail);
        overLimitReason = blankToNull(overLimitReason);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
