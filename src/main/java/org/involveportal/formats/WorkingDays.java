package org.involveportal.formats;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Working days in England and Wales: Monday to Friday, bank holidays not counted. A request is answered within
 * {@value #TO_ANSWER} working days: the day it is made does not count, whatever day it is, so a request made on a
 * Saturday or a bank holiday starts counting on the next working day, as one made on a working day does.
 */
public final class WorkingDays {

    public static final int TO_ANSWER = 10;
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !BankHolidays.isBankHoliday(day);
    }

    /** The working day {@code count} working days after {@code day}. */
    public static LocalDate after(LocalDate day, int count) {
        LocalDate result = day;
        int left = count;
        while (left > 0) {
            result = result.plusDays(1);
            if (isWorkingDay(result)) {
                left--;
            }
        }
        return result;
    }

    /** The last day to answer a request made at this moment (London time). */
    public static LocalDate dueFor(Instant requestedAt) {
        return after(requestedAt.atZone(LONDON).toLocalDate(), TO_ANSWER);
    }

    /** London's date at this moment. */
    public static LocalDate today(Instant now) {
        return now.atZone(LONDON).toLocalDate();
    }
}
