package org.involveportal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.involveportal.i18n.Language;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MonthGridTest {

    private static CalendarEntry meeting(String uid, String day, String startsAt) {
        return new CalendarEntry(uid, CalendarKind.MEETING, null, LocalDate.parse(day), Instant.parse(startsAt),
                Instant.parse(startsAt).plusSeconds(3600), "Carers Forum: " + uid, Language.ENGLISH, "/groups/carers-forum", null);
    }

    @Test
    @DisplayName("A month is whole weeks from Monday to Sunday; days outside it are marked and get no entries")
    void wholeWeeks() {
        // December 2026 starts on a Tuesday and ends on a Thursday
        var grid = MonthGrid.of(YearMonth.of(2026, 12), List.of(meeting("late-november", "2026-11-30", "2026-11-30T10:00:00Z")),
                LocalDate.of(2026, 12, 7));
        assertThat(grid.getWeeks()).hasSize(5).allSatisfy(week -> assertThat(week).hasSize(7));
        var first = grid.getWeeks().get(0);
        assertThat(first.get(0).date()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(first.get(0).date().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(first.get(0).inMonth()).isFalse();
        assertThat(first.get(0).entries()).as("an entry of another month is not shown in its grey day").isEmpty();
        assertThat(first.get(1).date()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(first.get(1).inMonth()).isTrue();
        var last = grid.getWeeks().get(4);
        assertThat(last.get(6).date()).isEqualTo(LocalDate.of(2027, 1, 3));
        assertThat(last.get(3).date()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(last.get(4).inMonth()).isFalse();
        assertThat(grid.getWeeks().get(1).get(0).today()).as("Monday 7 December is today").isTrue();
        assertThat(grid.getWeeks().stream().flatMap(List::stream).filter(MonthGrid.Day::today)).hasSize(1);
    }

    @Test
    @DisplayName("A month that starts on a Monday and fills four weeks (February 2021) has no days outside it")
    void fourWeeks() {
        var grid = MonthGrid.of(YearMonth.of(2021, 2), List.of(), LocalDate.of(2026, 12, 7));
        assertThat(grid.getWeeks()).hasSize(4);
        assertThat(grid.getWeeks().stream().flatMap(List::stream)).allMatch(MonthGrid.Day::inMonth);
        // and one that starts on a Sunday takes six rows
        assertThat(MonthGrid.of(YearMonth.of(2026, 11), List.of(), LocalDate.of(2026, 12, 7)).getWeeks()).hasSize(6);
    }

    @Test
    @DisplayName("Each day lists its entries in time order; the list view has only the days with entries")
    void entriesByDay() {
        var grid = MonthGrid.of(YearMonth.of(2026, 12), List.of(
                meeting("afternoon", "2026-12-10", "2026-12-10T14:00:00Z"),
                meeting("morning", "2026-12-10", "2026-12-10T09:30:00Z"),
                meeting("christmas", "2026-12-24", "2026-12-24T11:00:00Z")), LocalDate.of(2026, 12, 7));
        var tenth = grid.getWeeks().get(1).get(3);
        assertThat(tenth.date()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(tenth.entries()).extracting(CalendarEntry::uid).containsExactly("morning", "afternoon");
        assertThat(grid.getDaysWithEntries()).extracting(MonthGrid.Day::date)
                .containsExactly(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 24));
    }
}
