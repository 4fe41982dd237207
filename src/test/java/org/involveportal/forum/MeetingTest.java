package org.involveportal.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.involveportal.forum.MeetingRegistration.Status;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MeetingTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Instant STARTS = Instant.parse("2026-12-02T14:00:00Z");

    private static Meeting meeting(int places) {
        var group = new InvolvementGroup("power-and-control", new GroupText("Power and Control group", "Speaking up"));
        return new Meeting(group, new MeetingText("Weekly meeting", null), STARTS, STARTS.plusSeconds(7200),
                "Hilldrop Road Community Centre", null, places);
    }

    @Test
    @DisplayName("Residents get places up to the capacity, then join the waiting list in order")
    void waitlistBeyondCapacity() {
        var meeting = meeting(2);
        assertThat(meeting.register(1, Set.of(), null, NOW).getStatus()).isEqualTo(Status.REGISTERED);
        assertThat(meeting.register(2, Set.of(), null, NOW).getStatus()).isEqualTo(Status.REGISTERED);
        var third = meeting.register(3, Set.of(), null, NOW);
        var fourth = meeting.register(4, Set.of(), null, NOW);

        assertThat(third.getStatus()).isEqualTo(Status.WAITLISTED);
        assertThat(third.getWaitlistPosition()).isEqualTo(1);
        assertThat(fourth.getWaitlistPosition()).isEqualTo(2);
        assertThat(meeting.getPlacesLeft()).isZero();
        assertThat(meeting.placeInLine(4)).isEqualTo(2);
    }

    @Test
    @DisplayName("A cancelled place goes to the first person waiting, and only to them")
    void cancellationPromotesFirstWaiting() {
        var meeting = meeting(1);
        meeting.register(1, Set.of(), null, NOW);
        meeting.register(2, Set.of(), null, NOW);
        meeting.register(3, Set.of(), null, NOW);

        var promoted = meeting.cancel(1, NOW.plusSeconds(60));

        assertThat(promoted).get().extracting(MeetingRegistration::getResidentId).isEqualTo(2L);
        assertThat(meeting.registrationOf(2).orElseThrow().getStatus()).isEqualTo(Status.REGISTERED);
        assertThat(meeting.registrationOf(2).orElseThrow().getWaitlistPosition()).isNull();
        assertThat(meeting.registrationOf(3).orElseThrow().getStatus()).isEqualTo(Status.WAITLISTED);
        assertThat(meeting.placeInLine(3)).isEqualTo(1);
        assertThat(meeting.registrationOf(1).orElseThrow().getStatus()).isEqualTo(Status.CANCELLED);
    }

    @Test
    @DisplayName("Two cancellations promote two different people, in order")
    void twoCancellations() {
        var meeting = meeting(2);
        for (long r = 1; r <= 5; r++) {
            meeting.register(r, Set.of(), null, NOW);
        }
        assertThat(meeting.cancel(2, NOW).orElseThrow().getResidentId()).isEqualTo(3L);
        assertThat(meeting.cancel(1, NOW).orElseThrow().getResidentId()).isEqualTo(4L);
        assertThat(meeting.waitingList()).extracting(MeetingRegistration::getResidentId).containsExactly(5L);
    }

    @Test
    @DisplayName("Leaving the waiting list promotes nobody; a newcomer never jumps the line")
    void leavingWaitlist() {
        var meeting = meeting(1);
        meeting.register(1, Set.of(), null, NOW);
        meeting.register(2, Set.of(), null, NOW);
        assertThat(meeting.cancel(2, NOW)).isEmpty();
        meeting.register(3, Set.of(), null, NOW);
        assertThat(meeting.registrationOf(3).orElseThrow().getStatus()).isEqualTo(Status.WAITLISTED);
        // someone re-registering after cancelling joins the end of the line
        meeting.register(2, Set.of(), null, NOW);
        assertThat(meeting.waitingList()).extracting(MeetingRegistration::getResidentId).containsExactly(3L, 2L);
    }

    @Test
    @DisplayName("More places go to the people waiting; fewer than those taken is refused")
    void changeCapacity() {
        var meeting = meeting(1);
        meeting.register(1, Set.of(), null, NOW);
        meeting.register(2, Set.of(), null, NOW);
        meeting.register(3, Set.of(), null, NOW);

        assertThat(meeting.changeCapacity(3, NOW)).extracting(MeetingRegistration::getResidentId).containsExactly(2L, 3L);
        assertThatThrownBy(() -> meeting.changeCapacity(2, NOW)).isInstanceOf(ForumRuleViolation.class)
                .hasMessage("meeting.rule.capacityBelowTaken");
    }

    @Test
    @DisplayName("No registering once the meeting has started; no promotion after the start")
    void afterStart() {
        var meeting = meeting(1);
        meeting.register(1, Set.of(), null, NOW);
        meeting.register(2, Set.of(), null, NOW);
        assertThatThrownBy(() -> meeting.register(3, Set.of(), null, STARTS)).hasMessage("meeting.rule.started");
        assertThat(meeting.cancel(1, STARTS.plusSeconds(1))).isEmpty();
        assertThat(meeting.registrationOf(2).orElseThrow().getStatus()).isEqualTo(Status.WAITLISTED);
    }

    @Test
    @DisplayName("The access-needs summary counts what people with a place asked for")
    void accessSummary() {
        var meeting = meeting(3);
        meeting.register(1, Set.of(Support.BSL, Support.TRANSPORT), "Step-free entrance please", NOW);
        meeting.register(2, Set.of(Support.BSL), null, NOW);
        meeting.register(3, Set.of(Support.HEARING_LOOP), null, NOW);
        meeting.register(4, Set.of(Support.BSL), "waiting", NOW);

        var summary = meeting.accessSummary();
        assertThat(summary.registered()).isEqualTo(3);
        assertThat(summary.waiting()).isEqualTo(1);
        assertThat(summary.count(Support.BSL)).isEqualTo(2);
        assertThat(summary.count(Support.TRANSPORT)).isEqualTo(1);
        assertThat(summary.count(Support.HEARING_LOOP)).isEqualTo(1);
        assertThat(summary.count(Support.INTERPRETER)).isZero();
        assertThat(summary.withOtherNeeds()).isEqualTo(1);
        assertThat(summary.getAsked()).containsExactly(Support.TRANSPORT, Support.BSL, Support.HEARING_LOOP);
    }

    @Test
    @DisplayName("Attendance is marked once the meeting has started, for people with a place")
    void attendance() {
        var meeting = meeting(1);
        meeting.register(1, Set.of(), null, NOW);
        meeting.register(2, Set.of(), null, NOW);
        assertThatThrownBy(() -> meeting.markAttendance(1, true, NOW)).hasMessage("meeting.rule.notStarted");
        meeting.markAttendance(1, true, STARTS);
        assertThat(meeting.registrationOf(1).orElseThrow().getStatus()).isEqualTo(Status.ATTENDED);
        assertThat(meeting.placesTaken()).isEqualTo(1);
        assertThatThrownBy(() -> meeting.markAttendance(2, true, STARTS)).hasMessage("meeting.rule.notRegistered");
    }

    @Test
    @DisplayName("A meeting needs an end after its start, a venue or an https link, and at least one place")
    void meetingRules() {
        var group = new InvolvementGroup("g", new GroupText("G", "P"));
        var text = new MeetingText("T", null);
        assertThatThrownBy(() -> new Meeting(group, text, STARTS, STARTS, "Hall", null, 5)).hasMessage("meeting.rule.endAfterStart");
        assertThatThrownBy(() -> new Meeting(group, text, STARTS, STARTS.plusSeconds(60), " ", null, 5)).hasMessage("meeting.rule.placeNeeded");
        assertThatThrownBy(() -> new Meeting(group, text, STARTS, STARTS.plusSeconds(60), null, "http://x.example", 5)).hasMessage("meeting.rule.linkHttps");
        assertThatThrownBy(() -> new Meeting(group, text, STARTS, STARTS.plusSeconds(60), "Hall", null, 0)).hasMessage("meeting.rule.capacity");
    }

    @Test
    @DisplayName("Minutes are published per language after the meeting, sanitised, with English as the fallback")
    void minutes() {
        var meeting = meeting(1);
        assertThatThrownBy(() -> meeting.publishMinutes("en", "<p>x</p>", null, NOW)).hasMessage("meeting.rule.notStarted");
        meeting.publishMinutes("en", "<p>We agreed <script>alert(1)</script>three things.</p>", null, STARTS.plusSeconds(9000));
        assertThat(meeting.minutesIn("cy").getHtml()).isEqualTo("<p>We agreed three things.</p>");
        assertThat(meeting.minutesLanguage("cy")).isEqualTo("en");
        meeting.publishMinutes("cy", "<p>Cytunwyd</p>", "<p>Hawdd</p>", STARTS.plusSeconds(9000));
        assertThat(meeting.minutesIn("cy").getEasyReadHtml()).isEqualTo("<p>Hawdd</p>");
    }

    @Test
    @DisplayName("The reminder is marked sent once only")
    void reminderOnce() {
        var meeting = meeting(1);
        assertThat(meeting.markReminderSent(NOW)).isTrue();
        assertThat(meeting.markReminderSent(NOW.plusSeconds(5))).isFalse();
        assertThat(meeting.getReminderSentAt()).isEqualTo(NOW);
    }
}
