package org.involveportal.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Ten working days in England and Wales: weekends and bank holidays are not counted. */
class WorkingDaysTest {

    @ParameterizedTest(name = "{0} has eight bank holidays in England and Wales, and the rules give GOV.UK''s days")
    @ValueSource(ints = {2024, 2025, 2026, 2027, 2028})
    void eachPublishedYear(int year) {
        assertThat(BankHolidays.of(year)).hasSize(8);
        assertThat(BankHolidays.byRule(year)).isEqualTo(BankHolidays.of(year));
    }

    @Test
    @DisplayName("Easter Sunday is computed for years past and to come")
    void easter() {
        assertThat(BankHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(BankHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(BankHolidays.easterSunday(2029)).isEqualTo(LocalDate.of(2029, 4, 1));
        assertThat(BankHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
        assertThat(BankHolidays.isBankHoliday(LocalDate.of(2029, 3, 30))).as("Good Friday 2029").isTrue();
        assertThat(BankHolidays.isBankHoliday(LocalDate.of(2029, 4, 2))).as("Easter Monday 2029").isTrue();
    }

    @Test
    @DisplayName("Christmas at a weekend moves to the next weekdays")
    void christmasOnAWeekend() {
        // 2027: Saturday and Sunday, so Monday 27 and Tuesday 28
        assertThat(BankHolidays.isBankHoliday(LocalDate.of(2027, 12, 27))).isTrue();
        assertThat(BankHolidays.isBankHoliday(LocalDate.of(2027, 12, 28))).isTrue();
        // 2026: Boxing Day is a Saturday, so Monday 28
        assertThat(BankHolidays.isBankHoliday(LocalDate.of(2026, 12, 28))).isTrue();
        // 2032, outside the table: Christmas Saturday, Boxing Day Sunday
        assertThat(BankHolidays.byRule(2032)).contains(LocalDate.of(2032, 12, 27), LocalDate.of(2032, 12, 28));
        // a request on Christmas Eve 2027 (a Friday) is due after the four-day break
        assertThat(WorkingDays.after(LocalDate.of(2027, 12, 24), 10)).isEqualTo(LocalDate.of(2028, 1, 12));
    }

    @ParameterizedTest(name = "a request on {0} is due by {1}")
    @CsvSource({
            // an ordinary fortnight: Monday to the Monday two weeks on
            "2026-06-01, 2026-06-15",
            // the Thursday before Easter 2027: Good Friday and Easter Monday are not counted
            "2027-03-25, 2027-04-12",
            // made on Good Friday (a bank holiday): counting starts on Tuesday
            "2027-03-26, 2027-04-12",
            // made on Easter Monday: the same
            "2027-03-29, 2027-04-12",
            // made on a Saturday
            "2026-06-06, 2026-06-19",
            // across the early May bank holiday
            "2026-05-01, 2026-05-18",
            // across Christmas 2026 and New Year
            "2026-12-21, 2027-01-07"})
    void dueDates(LocalDate made, LocalDate due) {
        assertThat(WorkingDays.after(made, WorkingDays.TO_ANSWER)).isEqualTo(due);
    }

    @Test
    @DisplayName("The due date is London's: a request late on a British Summer Time evening counts from that London day")
    void londonDay() {
        // 23:30 UTC on Wednesday 24 March 2027 is still Wednesday in London (GMT until 28 March)
        assertThat(WorkingDays.dueFor(Instant.parse("2027-03-24T23:30:00Z"))).isEqualTo(LocalDate.of(2027, 4, 9));
        // 23:30 UTC on Wednesday 31 March 2027 is already Thursday in London (BST)
        assertThat(WorkingDays.dueFor(Instant.parse("2027-03-31T23:30:00Z"))).isEqualTo(LocalDate.of(2027, 4, 15));
    }
}
