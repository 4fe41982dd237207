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
    @DisplayName("Status follows publication and the clock: draft, then forthcoming, open, closed")
    void statusFromTheClock() {
        var consultation = new Consultation("test", new ConsultationText("Title", "Summary"), window);
        assertThat(consultation.statusAt(OPENS)).isEqualTo(ConsultationStatus.DRAFT);
        consultation.publish(OPENS.minus(Duration.ofDays(30)));

        assertThat(consultation.statusAt(OPENS.minusSeconds(1))).isEqualTo(ConsultationStatus.FORTHCOMING);
        assertThat(consultation.statusAt(OPENS)).isEqualTo(ConsultationStatus.OPEN);
        assertThat(consultation.statusAt(CLOSES)).isEqualTo(ConsultationStatus.CLOSED);
    }

    @Test
    @DisplayName("Publishing needs English words and a window within the rules, even if the reason was removed after scheduling")
    void publishingChecksTheRules() {
        var shortWindow = new ResponseWindow(OPENS, OPENS.plus(Duration.ofDays(56)));
        var consultation = new Consultation("test",
                new ConsultationText("Title", "Summary").withShorterPeriodReason("The contract ends in March."), shortWindow);
        consultation.putText("en", new ConsultationText("Title", "Summary"));

        assertThatThrownBy(() -> consultation.publish(OPENS))
                .isInstanceOf(ConsultationRuleViolation.class).hasMessage("consultation.rule.shorterPeriodNeedsReason");
        assertThat(consultation.isPublished()).isFalse();

        var untitled = new Consultation("untitled", new ConsultationText(" ", "Summary"), window);
        assertThatThrownBy(() -> untitled.publish(OPENS))
                .isInstanceOf(ConsultationRuleViolation.class).hasMessage("consultation.rule.englishNeeded");
    }

    @Test
    @DisplayName("Extending needs a later close and a reason; closing early only while open; reasons kept per language")
    void changingAPublishedWindow() {
        var consultation = new Consultation("test", new ConsultationText("Title", "Summary"), window);
        consultation.putText("cy", new ConsultationText("Teitl", "Crynodeb"));
        var now = OPENS.plus(Duration.ofDays(10));
        assertThatThrownBy(() -> consultation.extend(CLOSES.plus(Duration.ofDays(7)), java.util.Map.of("en", "More time"), now))
                .as("not published").isInstanceOf(ConsultationRuleViolation.class);
        consultation.publish(OPENS.minus(Duration.ofDays(1)));

        assertThatThrownBy(() -> consultation.extend(CLOSES.plus(Duration.ofDays(7)), java.util.Map.of("en", " "), now))
                .isInstanceOf(ConsultationRuleViolation.class).hasMessage("consultation.rule.changeNeedsReason");
        assertThatThrownBy(() -> consultation.extend(CLOSES.minus(Duration.ofDays(1)), java.util.Map.of("en", "Sooner"), now))
                .isInstanceOf(ConsultationRuleViolation.class).hasMessage("consultation.rule.extendLater");

        consultation.extend(CLOSES.plus(Duration.ofDays(7)), java.util.Map.of("en", "More time", "cy", "Mwy o amser"), now);
        assertThat(consultation.getWindow().closesAt()).isEqualTo(CLOSES.plus(Duration.ofDays(7)));
        assertThat(consultation.getWindowChange()).isEqualTo(Consultation.WindowChange.EXTENDED);
        assertThat(consultation.textIn("cy").getWindowChangeReason()).isEqualTo("Mwy o amser");

        consultation.closeEarly(now, java.util.Map.of("en", "Withdrawn"));
        assertThat(consultation.statusAt(now)).isEqualTo(ConsultationStatus.CLOSED);
        assertThat(consultation.textIn("en").getWindowChangeReason()).isEqualTo("Withdrawn");
        assertThat(consultation.textIn("en").getTitle()).isEqualTo("Title");
        assertThatThrownBy(() -> consultation.closeEarly(now.plusSeconds(60), java.util.Map.of("en", "Again")))
                .isInstanceOf(ConsultationRuleViolation.class).hasMessage("consultation.rule.closeOnlyOpen");
    }

    @Test
    @DisplayName("Text in a language without a translation falls back to English")
    void textFallsBackToEnglish() {
        var consultation = new Consultation("test", new ConsultationText("Title", "Summary"), window);
        consultation.putText("cy", new ConsultationText("Teitl", "Crynodeb"));

        assertThat(consultation.textIn("cy").getTitle()).isEqualTo("Teitl");
        assertThat(consultation.textIn("ur").getTitle()).isEqualTo("Title");
    }

    private static Instant london(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(java.time.ZoneId.of("Europe/London")).toInstant();
    }

    @Test
    @DisplayName("Twelve weeks are counted on London's clock: a window over the March clock change is not an hour short")
    void twelveWeeksAcrossSpringClockChange() {
        // Opens in GMT, closes in BST: 12 weeks of wall-clock time is one hour less of elapsed time.
        var window = new ResponseWindow(london("2027-01-04T09:00"), london("2027-03-29T09:00"));
        assertThat(Duration.between(window.opensAt(), window.closesAt())).isLessThan(Duration.ofDays(84));
        assertThat(window.isShorterThanStandard()).isFalse();
        assertThat(new ResponseWindow(london("2027-01-04T09:00"), london("2027-03-29T08:59")).isShorterThanStandard()).isTrue();
    }

    @Test
    @DisplayName("Twelve weeks across the October clock change, and an eight-week window is short")
    void twelveWeeksAcrossAutumnClockChange() {
        var window = new ResponseWindow(london("2027-08-16T00:00"), london("2027-11-08T00:00"));
        assertThat(window.isShorterThanStandard()).isFalse();
        assertThat(new ResponseWindow(london("2027-08-16T00:00"), london("2027-11-07T23:59")).isShorterThanStandard()).isTrue();
        assertThat(new ResponseWindow(london("2027-01-04T09:00"), london("2027-03-01T09:00")).isShorterThanStandard()).isTrue();
    }

    @Test
    @DisplayName("Days left count London calendar days to the closing day; a midnight close ends the day before")
    void daysLeft() {
        var window = new ResponseWindow(london("2027-01-04T09:00"), london("2027-03-12T23:59"));
        assertThat(window.daysLeftAt(london("2027-03-10T08:00"))).isEqualTo(2);
        assertThat(window.daysLeftAt(london("2027-03-12T23:00"))).isZero();
        var midnight = new ResponseWindow(london("2027-01-04T09:00"), london("2027-03-13T00:00"));
        assertThat(midnight.closingDay()).isEqualTo(java.time.LocalDate.parse("2027-03-12"));
        // late on the evening before the clock change, in BST-less winter time
        assertThat(new ResponseWindow(london("2027-01-04T09:00"), london("2027-03-29T12:00"))
                .daysLeftAt(london("2027-03-27T23:30"))).isEqualTo(2);
    }

    @Test
    @DisplayName("A window under twelve weeks is refused without a reason, and accepted with one")
    void shortWindowNeedsReason() {
        var shortWindow = new ResponseWindow(london("2027-01-04T09:00"), london("2027-03-01T09:00"));

        assertThatThrownBy(() -> new Consultation("short", new ConsultationText("Title", "Summary"), shortWindow))
                .isInstanceOf(ConsultationRuleViolation.class)
                .hasMessage("consultation.rule.shorterPeriodNeedsReason");
        var withReason = new Consultation("short",
                new ConsultationText("Title", "Summary").withShorterPeriodReason("The contract ends in March."), shortWindow);
        assertThat(withReason.getWindow()).isSameAs(shortWindow);
        assertThatThrownBy(() -> new Consultation("blank",
                new ConsultationText("Title", "Summary").withShorterPeriodReason("  "), shortWindow))
                .isInstanceOf(ConsultationRuleViolation.class);
    }
}
