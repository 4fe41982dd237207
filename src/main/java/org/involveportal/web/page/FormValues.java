package org.involveportal.web.page;

import jakarta.servlet.http.HttpServletRequest;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Values of a plain HTML form as typed: a choice of an enum, ticked checkboxes as a set of one, a day, a
 * time, a whole number. Anything not understood is null (or -1 for a number), for the form to report.
 */
public final class FormValues {

    private FormValues() {
    }

    public static <E extends Enum<E>> E one(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().orElse(null);
    }

    public static <E extends Enum<E>> Set<E> several(HttpServletRequest request, Class<E> type, String parameter) {
        var chosen = EnumSet.noneOf(type);
        var values = request.getParameterValues(parameter);
        if (values != null) {
            for (String value : values) {
                var one = one(type, value);
                if (one != null) {
                    chosen.add(one);
                }
            }
        }
        return chosen;
    }

    /** A day from a date field ({@code 2027-03-14}); null when it is not one. */
    public static LocalDate day(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A time from a time field; {@code 9:30} typed without its leading zero counts too. Null when it is not one. */
    public static LocalTime time(String value) {
        try {
            return value == null ? null : LocalTime.parse(value.length() == 4 ? "0" + value : value);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A whole number, or -1 when it is not one. */
    public static int wholeNumber(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
