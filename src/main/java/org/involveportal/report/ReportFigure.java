package org.involveportal.report;

import java.math.BigDecimal;

/**
 * One figure of a report table: a count (of people, activities, responses ...), an exact amount of money in pounds,
 * or a percentage given beside the figures (such as the population baseline), or a figure not known. Only counts are suppressed when small.
 */
public record ReportFigure(Kind kind, long count, BigDecimal amount) {

    /** What the figure is. */
    public enum Kind { COUNT, MONEY, PERCENT, NOT_KNOWN }

    public ReportFigure {
        if (kind == null || (kind == Kind.COUNT || kind == Kind.NOT_KNOWN) != (amount == null) || count < 0) {
            throw new IllegalArgumentException("A count has no amount, money and percentages have one, none is negative");
        }
        if (amount != null && amount.signum() < 0) {
            throw new IllegalArgumentException("A figure is never negative");
        }
    }

    public static ReportFigure count(long count) {
        return new ReportFigure(Kind.COUNT, count, null);
    }

    /** Pounds and pence, kept exactly (two decimal places). */
    public static ReportFigure money(BigDecimal pounds) {
        return new ReportFigure(Kind.MONEY, 0, pounds.setScale(2, java.math.RoundingMode.UNNECESSARY));
    }

    /** A percentage given to one decimal place. */
    public static ReportFigure percent(BigDecimal percent) {
        return new ReportFigure(Kind.PERCENT, 0, percent.setScale(1, java.math.RoundingMode.HALF_UP));
    }

    /** A figure nobody has given, such as a baseline percentage staff have not entered. */
    public static ReportFigure notKnown() {
        return new ReportFigure(Kind.NOT_KNOWN, 0, null);
    }

    public boolean isCount() {
        return kind == Kind.COUNT;
    }
}
