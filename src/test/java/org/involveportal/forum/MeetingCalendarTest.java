package org.involveportal.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MeetingCalendarTest {

    @Test
    @DisplayName("Text is escaped: backslash, semicolon, comma and line breaks")
    void escaping() {
        assertThat(MeetingCalendar.escape("Hall 1, Room 2; side door\\back\nStep-free"))
                .isEqualTo("Hall 1\\, Room 2\\; side door\\\\back\\nStep-free");
    }

    @Test
    @DisplayName("The file has UTC times, CRLF lines, and folds long Welsh lines at 75 octets without splitting a letter")
    void file() {
        var event = new MeetingCalendar.Event("meeting-12@involve", Instant.parse("2026-07-01T10:00:00Z"),
                Instant.parse("2026-07-01T14:00:00Z"), "Fforwm Symudedd: awr gymhorthfa, yna cyfarfod thema ar balmentydd a chroesfannau ŵŵŵŵŵ",
                "Line one\nLine two", "Islington Town Hall, Upper Street", "https://example.gov.uk/cy/groups/mobility-forum", "cy");
        String ics = MeetingCalendar.ics(event, Instant.parse("2026-06-01T09:30:00Z"));

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics).contains("DTSTART:20260701T100000Z\r\n", "DTEND:20260701T140000Z\r\n", "DTSTAMP:20260601T093000Z\r\n",
                "UID:meeting-12@involve\r\n", "LOCATION;LANGUAGE=cy:Islington Town Hall\\, Upper Street\r\n",
                "DESCRIPTION;LANGUAGE=cy:Line one\\nLine two\r\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY;LANGUAGE=cy:Fforwm Symudedd: awr gymhorthfa\\, yna cyfarfod thema ar balmentydd a chroesfannau ŵŵŵŵŵ\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
    }
}
