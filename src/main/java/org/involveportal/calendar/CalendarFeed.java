package org.involveportal.calendar;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Method;
import biweekly.property.Summary;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

/**
 * The calendar's entries as an iCalendar feed (RFC 5545), written by biweekly: one event per entry with its stable
 * UID, DTSTAMP, start (and end, for meetings and activities) in UTC, its title in the reader's language (the SUMMARY
 * says which), and the address of its page. A consultation's opening and closing are moments: events without an end.
 */
public final class CalendarFeed {

    static final String PRODUCT_ID = "-//Involve//Calendar//EN";

    private CalendarFeed() {
    }

    /**
     * @param name   the calendar's name, as apps show it, in the reader's language
     * @param kindOf the words for an entry's kind ("Consultation opens") in the reader's language
     * @param pageOf the full address of an entry's page in the reader's language
     * @param partnerOf the words naming the partner running an entry ("Run with ..."), for entries that name one
     */
    public static String ics(String name, List<CalendarEntry> entries, Instant now, Function<CalendarEntry, String> kindOf,
                             Function<CalendarEntry, String> pageOf, Function<String, String> partnerOf) {
        var calendar = new ICalendar();
        calendar.setProductId(PRODUCT_ID);
        calendar.setMethod(Method.publish());
        calendar.setName(name);
        calendar.setExperimentalProperty("X-WR-CALNAME", name);
        for (var entry : entries) {
            var event = new VEvent();
            event.setUid(entry.uid());
            event.setDateTimeStamp(Date.from(now));
            event.setDateStart(new DateStart(Date.from(entry.starts()), true));
            if (entry.ends() != null) {
                event.setDateEnd(new DateEnd(Date.from(entry.ends()), true));
            }
            Summary summary = event.setSummary(kindOf.apply(entry) + ": " + entry.title());
            summary.setLanguage(entry.language().htmlLang());
            event.setUrl(pageOf.apply(entry));
            if (entry.partner() != null) {
                event.setDescription(partnerOf.apply(entry.partner()));
            }
            event.addCategories(entry.kind().name());
            calendar.addEvent(event);
        }
        // biweekly writes date-times in UTC unless given a time zone
        return Biweekly.write(calendar).go();
    }
}
