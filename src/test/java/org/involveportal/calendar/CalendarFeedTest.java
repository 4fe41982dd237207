package org.involveportal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.involveportal.i18n.Language;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CalendarFeedTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    @Test
    @DisplayName("The feed parses as iCalendar: stable UIDs, DTSTAMP, UTC times, words and language as given, links to pages")
    void parses() {
        var opens = new CalendarEntry("consultation-7-opens@involve", CalendarKind.CONSULTATION, CalendarEntry.Moment.OPENS,
                LocalDate.of(2027, 1, 4), Instant.parse("2027-01-04T00:00:00Z"), null, "Seibiannau byr i ofalwyr, hir; iawn",
                Language.WELSH, "/consultations/short-breaks", "Canolfan Gofalwyr");
        var meeting = new CalendarEntry("meeting-12@involve", CalendarKind.MEETING, null, LocalDate.of(2027, 6, 1),
                Instant.parse("2027-06-01T09:00:00Z"), Instant.parse("2027-06-01T11:00:00Z"), "Fforwm Gofalwyr: Cyfarfod Mehefin",
                Language.WELSH, "/groups/carers-forum", null);
        String ics = CalendarFeed.ics("Involve: beth sydd ymlaen", List.of(opens, meeting), NOW,
                entry -> entry.kind() == CalendarKind.MEETING ? "Cyfarfod" : "Ymgynghoriad yn agor",
                entry -> "https://involve.example.gov.uk/cy" + entry.pagePath(), partner -> "Yn cael ei gynnal gyda " + partner);

        assertThat(ics).contains("\r\n").contains("DTSTART:20270601T090000Z").contains("DTSTAMP:20261207T090000Z");
        List<ICalendar> calendars = Biweekly.parse(ics).all();
        assertThat(calendars).hasSize(1);
        var events = calendars.get(0).getEvents();
        assertThat(events).extracting(e -> e.getUid().getValue()).containsExactly("consultation-7-opens@involve", "meeting-12@involve");
        VEvent first = events.get(0);
        assertThat(first.getSummary().getValue()).isEqualTo("Ymgynghoriad yn agor: Seibiannau byr i ofalwyr, hir; iawn");
        assertThat(first.getSummary().getLanguage()).isEqualTo("cy");
        assertThat(first.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2027-01-04T00:00:00Z"));
        assertThat(first.getDateEnd()).as("an opening is a moment").isNull();
        assertThat(first.getUrl().getValue()).isEqualTo("https://involve.example.gov.uk/cy/consultations/short-breaks");
        assertThat(first.getDescription().getValue()).isEqualTo("Yn cael ei gynnal gyda Canolfan Gofalwyr");
        VEvent second = events.get(1);
        assertThat(second.getDateEnd().getValue().toInstant()).isEqualTo(Instant.parse("2027-06-01T11:00:00Z"));
        assertThat(second.getDateTimeStamp().getValue().toInstant()).isEqualTo(NOW);
        assertThat(Biweekly.parse(ics).first().validate(biweekly.ICalVersion.V2_0).isEmpty())
                .as("%s", Biweekly.parse(ics).first().validate(biweekly.ICalVersion.V2_0)).isTrue();
    }
}
