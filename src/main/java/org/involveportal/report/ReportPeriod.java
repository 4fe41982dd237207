package org.involveportal.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The time a report covers, in whole days on London time: a financial year (1 April to 31 March), a calendar year,
 * or a calendar quarter (January to March, April to June, ...). Its slug names it in addresses:
 * {@code 2025-26} (financial year), {@code 2025} (calendar year), {@code 2025-q3} (July to September 2025).
 */
public record ReportPeriod(Kind kind, int year, int quarter) {

    /** What sort of period. Names: report.period.<NAME>. */
    public enum Kind { FINANCIAL_YEAR, CALENDAR_YEAR, QUARTER }

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final Pattern FINANCIAL = Pattern.compile("(20\\d\\d)-(\\d\\d)");
    private static final Pattern CALENDAR = Pattern.compile("20\\d\\d");
    private static final Pattern QUARTERLY = Pattern.compile("(20\\d\\d)-q([1-4])");

    public ReportPeriod {
        if (kind == null || year < 2000 || year > 2099 || (kind == Kind.QUARTER) != (quarter >= 1 && quarter <= 4)) {
            throw new IllegalArgumentException("Not a report period: " + kind + " " + year + " " + quarter);
        }
    }

    public static ReportPeriod financialYear(int startYear) {
        return new ReportPeriod(Kind.FINANCIAL_YEAR, startYear, 0);
    }

    public static ReportPeriod calendarYear(int year) {
        return new ReportPeriod(Kind.CALENDAR_YEAR, year, 0);
    }

    public static ReportPeriod quarter(int year, int quarter) {
        return new ReportPeriod(Kind.QUARTER, year, quarter);
    }

    /** The period a slug names, if it names one. */
    public static Optional<ReportPeriod> fromSlug(String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        var quarterly = QUARTERLY.matcher(slug);
        if (quarterly.matches()) {
            return Optional.of(quarter(Integer.parseInt(quarterly.group(1)), Integer.parseInt(quarterly.group(2))));
        }
        var financial = FINANCIAL.matcher(slug);
        if (financial.matches()) {
            int start = Integer.parseInt(financial.group(1));
            return Integer.parseInt(financial.group(2)) == (start + 1) % 100 ? Optional.of(financialYear(start)) : Optional.empty();
        }
        return CALENDAR.matcher(slug).matches() ? Optional.of(calendarYear(Integer.parseInt(slug))) : Optional.empty();
    }

    /** The whole quarter before the one a day falls in. */
    public static ReportPeriod quarterBefore(LocalDate day) {
        int current = (day.getMonthValue() - 1) / 3 + 1;
        return current == 1 ? quarter(day.getYear() - 1, 4) : quarter(day.getYear(), current - 1);
    }

    public String slug() {
        return switch (kind) {
            case FINANCIAL_YEAR -> year + "-" + String.format("%02d", (year + 1) % 100);
            case CALENDAR_YEAR -> String.valueOf(year);
            case QUARTER -> year + "-q" + quarter;
        };
    }

    /** The first day of the period. */
    public LocalDate firstDay() {
        return switch (kind) {
            case FINANCIAL_YEAR -> LocalDate.of(year, 4, 1);
            case CALENDAR_YEAR -> LocalDate.of(year, 1, 1);
            case QUARTER -> LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        };
    }

    /** The last day of the period. */
    public LocalDate lastDay() {
        return dayAfter().minusDays(1);
    }

    /** The day after the period ends. */
    public LocalDate dayAfter() {
        return kind == Kind.QUARTER ? firstDay().plusMonths(3) : firstDay().plusYears(1);
    }

    /** The first instant of the period: midnight in London on its first day. */
    public Instant from() {
        return firstDay().atStartOfDay(LONDON).toInstant();
    }

    /** The first instant after the period: midnight in London on the day after it. */
    public Instant until() {
        return dayAfter().atStartOfDay(LONDON).toInstant();
    }

    /** Whether the period is over at that instant (only a finished period can be published). */
    public boolean isOverAt(Instant now) {
        return !now.isBefore(until());
    }
}
