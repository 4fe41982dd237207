package org.involveportal.report;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import java.util.Date;
import org.involveportal.i18n.Language;

/** A period's months in a reader's language: "April 2025" to "March 2026", "Ebrill 2025" to "Mawrth 2026". */
final class PeriodNames {

    private PeriodNames() {
    }

    static String month(java.time.LocalDate day, Language language) {
        var format = DateFormat.getInstanceForSkeleton("MMMMy", language.locale());
        format.setTimeZone(TimeZone.getTimeZone("Europe/London"));
        return format.format(Date.from(day.withDayOfMonth(15).atTime(12, 0).atZone(ReportPeriod.LONDON).toInstant()));
    }

    /** The arguments of report.period.months: the first and last month. */
    static String first(ReportPeriod period, Language language) {
        return month(period.firstDay(), language);
    }

    static String last(ReportPeriod period, Language language) {
        return month(period.lastDay(), language);
    }
}
