package org.involveportal.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ResponseWindowTest {

    private static final Instant OPENS = Instant.parse("2027-01-04T09:00:00Z");
    private static final Instant CLOSES = Instant.parse("2027-03-29T22:59:00Z");
    private final ResponseWindow window = new ResponseWindow(OPENS, CLOSES);

    @Test
    @DisplayName("Open from the opening instant, up to but not at the closing instant")
    void openBetweenTheInstants() {
        assertThat(window.isOpenAt(OPENS.minusNanos(1))).isFalse();
        assertThat(window.isOpenAt(OPENS)).isTrue();
        assertThat(window.isOpenAt(CLOSES.minusNanos(1))).isTrue();
        assertThat(window.isOpenAt(CLOSES)).isFalse();
        assertThat(window.hasClosedAt(CLOSES)).isTrue();
        assertThat(window.hasClosedAt(CLOSES.minusNanos(1))).isFalse();
    }

    @Test
    @DisplayName("A window must close after it opens")
    void closesAfterOpening() {
        assertThatThrownBy(() -> new ResponseWindow(OPENS, OPENS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResponseWindow(OPENS, OPENS.minus(Duration.ofDays(1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("Status follows the clock: forthcoming, open, closed")
    void statusFromTheClock() {
        var consultation = new Consultation("test", window, new ConsultationText("Title", "Summary"));

        assertThat(consultation.statusAt(OPENS.minusSeconds(1))).isEqualTo(ConsultationStatus.FORTHCOMING);
        assertThat(consultation.statusAt(OPENS)).isEqualTo(ConsultationStatus.OPEN);
        assertThat(consultation.statusAt(CLOSES)).isEqualTo(ConsultationStatus.CLOSED);
    }

    @Test
    @DisplayName("Text in a language without a translation falls back to English")
    void textFallsBackToEnglish() {
        var consultation = new Consultation("test", window, new ConsultationText("Title", "Summary"));
        consultation.putText("cy", new ConsultationText("Teitl", "Crynodeb"));

        assertThat(consultation.textIn("cy").getTitle()).isEqualTo("Teitl");
        assertThat(consultation.textIn("ur").getTitle()).isEqualTo("Title");
    }
}
