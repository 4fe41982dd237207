package org.involveportal.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TrainingSessionTest {

    private static final Instant STARTS = Instant.parse("2027-03-16T10:00:00Z");
    private static final Instant ENDS = STARTS.plus(Duration.ofMinutes(150));

    private static TrainingSession session(int places, boolean published) {
        var course = new Course("chairing-a-meeting", new CourseText("Chairing a meeting", "How to chair a meeting well"));
        course.setPublished(published);
        return new TrainingSession(course).schedule(STARTS, ENDS, places).at("Town Hall, room 2", " Step-free ");
    }

    @Test
    @DisplayName("Booking is open while the course is published and the session has not started")
    void bookingClosesAtTheStart() {
        assertThat(session(10, false).bookingOpenAt(STARTS.minusSeconds(60))).as("course not published").isFalse();
        var session = session(10, true);
        assertThat(session.bookingOpenAt(STARTS.minusSeconds(60))).isTrue();
        assertThat(session.bookingOpenAt(STARTS)).isFalse();
        assertThatThrownBy(() -> session.checkMayBook(0, STARTS)).isInstanceOf(TrainingRuleViolation.class)
                .hasMessage("training.rule.closed");
        assertThat(session.mayCancelAt(STARTS.minusSeconds(1))).isTrue();
        assertThat(session.mayCancelAt(STARTS)).isFalse();
    }

    @Test
    @DisplayName("A session takes no more bookings than places, and says when it is full")
    void neverOverBooked() {
        var session = session(2, true);
        Instant before = STARTS.minusSeconds(3600);
        session.checkMayBook(0, before);
        session.checkMayBook(1, before);
        assertThatThrownBy(() -> session.checkMayBook(2, before)).isInstanceOf(TrainingRuleViolation.class)
                .hasMessage("training.rule.full");
        assertThat(session.isFullWith(1)).isFalse();
        assertThat(session.isFullWith(2)).isTrue();
        assertThat(session.placesLeftAfter(1)).isEqualTo(1);
        assertThat(session.placesLeftAfter(3)).isZero();
    }

    @Test
    @DisplayName("A session ends after it starts, has 1 to 200 places and a place; completions come once it has started")
    void scheduleRules() {
        assertThatThrownBy(() -> session(0, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> session(TrainingSession.MOST_PLACES + 1, true)).isInstanceOf(IllegalArgumentException.class);
        var course = new Course("c", new CourseText("C", "D"));
        assertThatThrownBy(() -> new TrainingSession(course).schedule(ENDS, STARTS, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TrainingSession(course).at(" ", null)).isInstanceOf(IllegalArgumentException.class);

        var session = session(5, true);
        assertThat(session.getAccess()).isEqualTo("Step-free");
        assertThat(session.length()).isEqualTo(Duration.ofMinutes(150));
        assertThat(session.hasStartedAt(STARTS.minusSeconds(1))).isFalse();
        assertThat(session.hasStartedAt(STARTS)).isTrue();
    }

    @Test
    @DisplayName("A course's address comes from its English title")
    void slugFromTitle() {
        assertThat(TrainingEditing.slugBase("Being a Quality Checker")).isEqualTo("being-a-quality-checker");
        assertThat(TrainingEditing.slugBase("Cydraddoldeb ac amrywiaeth: ŵ")).isEqualTo("cydraddoldeb-ac-amrywiaeth-w");
        assertThat(TrainingEditing.slugBase("!!!")).isEqualTo("course");
    }
}
