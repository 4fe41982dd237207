package org.involveportal.actionplan;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * When an action is due: a day ({@code 2026-03-31}) or a quarter of a year ({@code 2026 Q1}, January to March).
 * Exactly one of the two is set.
 */
public record Timescale(LocalDate day, String quarter) {

    private static final Pattern QUARTER = Pattern.compile("(?i)\\s*(?:(\\d{4})\\s*-?\\s*Q([1-4])|Q([1-4])\\s*-?\\s*(\\d{4}))\\s*");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\s*(\\d{1,2})/(\\d{1,2})/(\\d{4})\\s*");

    public Timescale {
        if ((day == null) == (quarter == null)) {
            throw new IllegalArgumentException("A timescale is a day or a quarter");
        }
    }

    public static Timescale of(LocalDate day) {
        return new Timescale(day, null);
    }

    /** A quarter, as {@code 2026 Q1}. */
    public static Timescale quarter(int year, int quarter) {
        return new Timescale(null, year + " Q" + quarter);
    }

    /** A day as {@code 2026-03-31} or {@code 31/03/2026}, or a quarter as {@code 2026 Q1} or {@code Q1 2026}; empty otherwise. */
    public static Optional<Timescale> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        var quarter = QUARTER.matcher(text);
        if (quarter.matches()) {
            int year = Integer.parseInt(quarter.group(1) != null ? quarter.group(1) : quarter.group(4));
            int q = Integer.parseInt(quarter.group(2) != null ? quarter.group(2) : quarter.group(3));
            return Optional.of(quarter(year, q));
        }
        try {
            var dmy = DAY_MONTH_YEAR.matcher(text);
            if (dmy.matches()) {
                return Optional.of(of(LocalDate.of(Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(2)),
                        Integer.parseInt(dmy.group(1)))));
            }
            return Optional.of(of(LocalDate.parse(text.strip())));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The last day it allows: the day itself, or the quarter's last day. */
    public LocalDate lastDay() {
        if (day != null) {
            return day;
        }
        int year = Integer.parseInt(quarter.substring(0, 4));
        int q = quarter.charAt(6) - '0';
        return LocalDate.of(year, q * 3, 1).plusMonths(1).minusDays(1);
    }

    public int quarterNumber() {
        return quarter.charAt(6) - '0';
    }

    public int quarterYear() {
        return Integer.parseInt(quarter.substring(0, 4));
    }

    /** As the export writes it and the import reads it. */
    public String cell() {
        return day != null ? day.toString() : quarter;
    }
}
