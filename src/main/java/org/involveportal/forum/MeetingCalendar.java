package org.involveportal.forum;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A meeting as an iCalendar file (RFC 5545) people add to their own calendar: times in UTC, text
 * escaped, long lines folded at 75 octets without splitting a character, CRLF line ends.
 */
public final class MeetingCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String CRLF = "\r\n";

    /** What goes in the file, already in the reader's language. */
    public record Event(String uid, Instant starts, Instant ends, String summary, String description,
                        String location, String url, String language) {
    }

    private MeetingCalendar() {
    }

    public static String ics(Event event, Instant now) {
        var out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Involve//Meetings//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + escape(event.uid()));
        line(out, "DTSTAMP:" + UTC.format(now));
        line(out, "DTSTART:" + UTC.format(event.starts()));
        line(out, "DTEND:" + UTC.format(event.ends()));
        String lang = event.language() == null ? "" : ";LANGUAGE=" + event.language();
        line(out, "SUMMARY" + lang + ":" + escape(event.summary()));
        if (event.description() != null && !event.description().isBlank()) {
            line(out, "DESCRIPTION" + lang + ":" + escape(event.description()));
        }
        if (event.location() != null && !event.location().isBlank()) {
            line(out, "LOCATION" + lang + ":" + escape(event.location()));
        }
        if (event.url() != null) {
            line(out, "URL:" + event.url());
        }
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** TEXT values: backslash, semicolon and comma escaped, line breaks as \n (RFC 5545 3.3.11). */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line, folded so no line is longer than 75 octets (RFC 5545 3.1). */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }
}
