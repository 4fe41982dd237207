package org.involveportal.i18n;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import java.time.Instant;
import java.util.Date;
import org.involveportal.platform.ClockProducer;

/** Dates and times in each language's own words, always on London time. */
public final class DateFormatting {

    private static final TimeZone LONDON = TimeZone.getTimeZone(ClockProducer.LONDON.getId());

    private DateFormatting() {
    }

    /**
     * E.g. "Friday 12 March 2027 at 11:59pm", "Dydd Gwener, 12 Mawrth 2027 am 23:59": the same date
     * and the same time as {@link #date} and {@link #time} give, so every page says a time one way.
     */
    public static String dateAndTime(Instant instant, Language language) {
        if (language == Language.ENGLISH) {
            return date(instant, language) + " at " + time(instant, language);
        }
        var format = DateFormat.getInstanceForSkeleton("EEEEdMMMMyjmm", language.locale());
        format.setTimeZone(LONDON);
        return format.format(Date.from(instant));
    }

    /** A London calendar day, e.g. "Friday 12 March 2027". */
    public static String date(java.time.LocalDate day, Language language) {
        return date(day.atTime(12, 0).atZone(ClockProducer.LONDON).toInstant(), language);
    }

    /** E.g. "11:59pm" in English (GOV.UK style), "23:59" in Welsh. */
    public static String time(Instant instant, Language language) {
        if (language == Language.ENGLISH) {
            var format = new com.ibm.icu.text.SimpleDateFormat("h:mma", language.locale());
            format.setTimeZone(LONDON);
            return format.format(Date.from(instant)).toLowerCase(java.util.Locale.UK).replace(" ", "");
        }
        var format = DateFormat.getInstanceForSkeleton("jmm", language.locale());
        format.setTimeZone(LONDON);
        return format.format(Date.from(instant));
    }

    /** E.g. "Friday 12 March 2027" (GOV.UK style, no comma), "Dydd Gwener, 12 Mawrth 2027". */
    public static String date(Instant instant, Language language) {
        var format = language == Language.ENGLISH
                ? new com.ibm.icu.text.SimpleDateFormat("EEEE d MMMM yyyy", language.locale())
                : DateFormat.getInstanceForSkeleton("EEEEdMMMMy", language.locale());
        format.setTimeZone(LONDON);
        return format.format(Date.from(instant));
    }
}
