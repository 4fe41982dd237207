package org.involveportal.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.involveportal.i18n.Language;
import org.involveportal.people.InvolvementHistory.Entry;
import org.involveportal.people.InvolvementHistory.Kind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InvolvementHistoryTest {

    private static final Instant DAY = Instant.parse("2027-01-10T10:00:00Z");

    @Test
    @DisplayName("The history lists entries newest first, counts each kind (zero where none) and adds the hours known")
    void totals() {
        var history = InvolvementHistory.of(List.of(
                new Entry(DAY, Kind.MEETING, "Carers' forum", Language.ENGLISH, Duration.ofMinutes(90)),
                new Entry(DAY.plus(Duration.ofDays(3)), Kind.CONSULTATION, "Draft strategy", Language.ENGLISH, null),
                new Entry(DAY.plus(Duration.ofDays(1)), Kind.MEETING, "Carers' forum", Language.ENGLISH, Duration.ofHours(2)),
                new Entry(DAY.plus(Duration.ofDays(5)), Kind.ACTIVITY, "Interview panel", Language.WELSH, Duration.ofMinutes(200))));

        assertThat(history.entries()).extracting(Entry::kind)
                .containsExactly(Kind.ACTIVITY, Kind.CONSULTATION, Kind.MEETING, Kind.MEETING);
        assertThat(history.count(Kind.MEETING)).isEqualTo(2);
        assertThat(history.count(Kind.CONSULTATION)).isEqualTo(1);
        assertThat(history.count(Kind.ACTIVITY)).isEqualTo(1);
        assertThat(history.count(Kind.TRAINING)).isZero();
        assertThat(history.hours()).isEqualTo(Duration.ofMinutes(90 + 120 + 200));
        assertThat(history.wholeAndHalfHours()).as("410 minutes is 6.5 hours and 50 minutes").isEqualTo(6.5);
    }

    @Test
    @DisplayName("An empty history has every count at zero and no hours")
    void empty() {
        var history = InvolvementHistory.of(List.of());
        for (Kind kind : Kind.values()) {
            assertThat(history.count(kind)).isZero();
        }
        assertThat(history.hours()).isZero();
        assertThat(history.wholeAndHalfHours()).isZero();
    }
}
