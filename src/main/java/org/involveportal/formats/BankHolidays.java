package org.involveportal.formats;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.TreeSet;

/**
 * England and Wales bank holidays. For 2024 to 2028 the days are GOV.UK's published list
 * (https://www.gov.uk/bank-holidays), kept here as a table so a one-off change (a royal occasion, a moved May
 * holiday) is one line; other years follow the standing rules: New Year's Day, Good Friday, Easter Monday, the
 * first and last Mondays of May, the last Monday of August, Christmas Day and Boxing Day, each moved to the next
 * weekday not already a holiday when it falls at a weekend. A unit test checks the rules give the table's days.
 */
public final class BankHolidays {

    private static final Set<LocalDate> PUBLISHED = Set.of(
            // 2024
            LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 29), LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 6),
            LocalDate.of(2024, 5, 27), LocalDate.of(2024, 8, 26), LocalDate.of(2024, 12, 25), LocalDate.of(2024, 12, 26),
            // 2025
            LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 18), LocalDate.of(2025, 4, 21), LocalDate.of(2025, 5, 5),
            LocalDate.of(2025, 5, 26), LocalDate.of(2025, 8, 25), LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26),
            // 2026: Boxing Day is a Saturday, so Monday 28 December instead
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 4),
            LocalDate.of(2026, 5, 25), LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28),
            // 2027: Christmas Day is a Saturday and Boxing Day a Sunday, so Monday 27 and Tuesday 28 December
            LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 3),
            LocalDate.of(2027, 5, 31), LocalDate.of(2027, 8, 30), LocalDate.of(2027, 12, 27), LocalDate.of(2027, 12, 28),
            // 2028: New Year's Day is a Saturday, so Monday 3 January
            LocalDate.of(2028, 1, 3), LocalDate.of(2028, 4, 14), LocalDate.of(2028, 4, 17), LocalDate.of(2028, 5, 1),
            LocalDate.of(2028, 5, 29), LocalDate.of(2028, 8, 28), LocalDate.of(2028, 12, 25), LocalDate.of(2028, 12, 26));

    static final int FIRST_PUBLISHED_YEAR = 2024;
    static final int LAST_PUBLISHED_YEAR = 2028;

    private BankHolidays() {
    }

    public static boolean isBankHoliday(LocalDate day) {
        if (day.getYear() >= FIRST_PUBLISHED_YEAR && day.getYear() <= LAST_PUBLISHED_YEAR) {
            return PUBLISHED.contains(day);
        }
        return byRule(day.getYear()).contains(day);
    }

    /** The year's bank holidays, from the published table where it covers the year. */
    static Set<LocalDate> of(int year) {
        if (year >= FIRST_PUBLISHED_YEAR && year <= LAST_PUBLISHED_YEAR) {
            var days = new TreeSet<LocalDate>();
            PUBLISHED.stream().filter(day -> day.getYear() == year).forEach(days::add);
            return days;
        }
        return byRule(year);
    }

    /** The year's bank holidays by the standing rules alone. */
    static Set<LocalDate> byRule(int year) {
        var days = new TreeSet<LocalDate>();
        days.add(weekdayFrom(LocalDate.of(year, 1, 1), days));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(weekdayFrom(LocalDate.of(year, 12, 25), days));
        days.add(weekdayFrom(LocalDate.of(year, 12, 26), days));
        return days;
    }

    /** The day itself if a weekday not already taken, else the next such day (the substitute day). */
    private static LocalDate weekdayFrom(LocalDate day, Set<LocalDate> taken) {
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY || taken.contains(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
