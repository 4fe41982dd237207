package org.involveportal.calendar;

import java.time.Instant;
import java.time.LocalDate;
import org.involveportal.i18n.Language;

/**
 * One thing on the calendar, in the reader's language where it is written in it.
 *
 * @param uid      stable across requests and feeds: the same event keeps it when its words or time change
 * @param kind     what it is about
 * @param moment   for a consultation, whether this is its opening or its closing; null for meetings and activities
 * @param day      the London day it is shown on
 * @param starts   when it starts (for a consultation's opening or closing, that moment)
 * @param ends     when it ends, or null for a moment (a consultation opening or closing)
 * @param title    its title (for a meeting, the group's name and the meeting's title)
 * @param language the language of the title
 * @param pagePath its public page, without a language ({@code /consultations/slug})
 * @param partner  the name of the partner organisation running it, or null
 */
public record CalendarEntry(String uid, CalendarKind kind, Moment moment, LocalDate day, Instant starts, Instant ends,
                            String title, Language language, String pagePath, String partner) {

    /** A consultation's two entries. */
    public enum Moment {
        OPENS,
        CLOSES
    }

    /** The bundle key naming what the entry is: "Consultation opens", "Meeting" ... */
    public String kindKey() {
        return "calendar.entry." + (moment == null ? kind.name() : kind.name() + "_" + moment.name());
    }
}
