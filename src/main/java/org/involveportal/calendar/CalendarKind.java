package org.involveportal.calendar;

/** What a calendar entry is about; the calendar's "kind" filter. */
public enum CalendarKind {
    CONSULTATION,
    MEETING,
    ACTIVITY
}
