package org.involveportal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A month as a calendar shows it: whole weeks from Monday to Sunday (as in the UK), the days of the weeks before and
 * after the month marked as outside it and given no entries, each day of the month with its entries in time order.
 */
public final class MonthGrid {

    /** One day of the grid. */
    public record Day(LocalDate date, boolean inMonth, boolean today, List<CalendarEntry> entries) {
        public int getNumber() {
            return date.getDayOfMonth();
        }
    }

    private final YearMonth month;
    private final List<List<Day>> weeks;

    private MonthGrid(YearMonth month, List<List<Day>> weeks) {
        this.month = month;
        this.weeks = weeks;
    }

    /** The grid of {@code month}, with the entries falling on its days ({@link CalendarEntry#day()}); others are left out. */
    public static MonthGrid of(YearMonth month, Collection<CalendarEntry> entries, LocalDate today) {
        Map<LocalDate, List<CalendarEntry>> byDay = new TreeMap<>();
        entries.stream()
                .filter(entry -> YearMonth.from(entry.day()).equals(month))
                .sorted(Comparator.comparing(CalendarEntry::starts).thenComparing(CalendarEntry::uid))
                .forEach(entry -> byDay.computeIfAbsent(entry.day(), d -> new ArrayList<>()).add(entry));
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        var weeks = new ArrayList<List<Day>>();
        for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
            var week = new ArrayList<Day>(7);
            for (int i = 0; i < 7; i++) {
                LocalDate date = monday.plusDays(i);
                boolean inMonth = YearMonth.from(date).equals(month);
                week.add(new Day(date, inMonth, date.equals(today), inMonth ? List.copyOf(byDay.getOrDefault(date, List.of())) : List.of()));
            }
            weeks.add(List.copyOf(week));
        }
        return new MonthGrid(month, List.copyOf(weeks));
    }

    public YearMonth getMonth() {
        return month;
    }

    public List<List<Day>> getWeeks() {
        return weeks;
    }

    /** The days of the month that have entries, in order: the list view, and the month's list at narrow widths. */
    public List<Day> getDaysWithEntries() {
        return weeks.stream().flatMap(List::stream).filter(day -> !day.entries().isEmpty()).toList();
    }
}
