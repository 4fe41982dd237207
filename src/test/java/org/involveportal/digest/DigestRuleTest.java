package org.involveportal.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.involveportal.content.Topic;
import org.involveportal.digest.DigestItem.Kind;
import org.involveportal.testsupport.FakeClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DigestRuleTest {

    private static final Instant MONDAY = Instant.parse("2027-03-15T09:05:00Z");
    private static final Set<Topic> HOUSING = Set.of(Topic.HOUSING);

    private FakeClock clock;

    @BeforeEach
    void startOnMonday() {
        clock = new FakeClock(MONDAY);
    }

    private static DigestItem item(Kind kind, long id, Topic topic, Instant seen) {
        return new DigestItem(kind, id, Set.of(topic), seen);
    }

    @Test
    @DisplayName("The first digest holds what opened on the resident's topics in the week before, oldest first, and nothing else")
    void firstDigest() {
        var group = item(Kind.GROUP, 1, Topic.HOUSING, MONDAY.minus(Duration.ofDays(2)));
        var consultation = item(Kind.CONSULTATION, 2, Topic.HOUSING, MONDAY.minus(Duration.ofDays(6)));
        var otherTopic = item(Kind.ACTIVITY, 3, Topic.TRANSPORT_AND_MOBILITY, MONDAY.minus(Duration.ofDays(1)));
        var tooOld = item(Kind.ACTIVITY, 4, Topic.HOUSING, MONDAY.minus(Duration.ofDays(8)));

        var due = DigestRule.due(true, HOUSING, null, List.of(group, consultation, otherTopic, tooOld), clock.instant());

        assertThat(due).containsExactly(consultation, group);
    }

    @Test
    @DisplayName("Nothing is due to someone who stopped the digest or chose no topic, nor when nothing new is on their topics")
    void notWantedOrNothingNew() {
        var group = item(Kind.GROUP, 1, Topic.HOUSING, MONDAY.minus(Duration.ofDays(1)));
        assertThat(DigestRule.due(false, HOUSING, null, List.of(group), clock.instant())).as("stopped").isEmpty();
        assertThat(DigestRule.due(true, Set.of(), null, List.of(group), clock.instant())).as("no topics").isEmpty();
        assertThat(DigestRule.due(true, Set.of(Topic.SAFEGUARDING), null, List.of(group), clock.instant())).as("other topics").isEmpty();
        assertThat(DigestRule.due(true, HOUSING, null, List.of(), clock.instant())).as("nothing open").isEmpty();
    }

    @Test
    @DisplayName("At most one a week: what opens after a digest waits until a week has passed, then all of it comes in one")
    void atMostWeekly() {
        Instant lastSent = clock.instant();
        clock.advance(Duration.ofDays(1));
        var tuesday = item(Kind.ACTIVITY, 5, Topic.HOUSING, clock.instant());
        clock.advance(Duration.ofDays(5));
        var sunday = item(Kind.CONSULTATION, 6, Topic.HOUSING, clock.instant());
        var open = List.of(tuesday, sunday);

        assertThat(DigestRule.due(true, HOUSING, lastSent, open, clock.instant())).as("six days on").isEmpty();
        clock.set(lastSent.plus(DigestRule.EVERY).minusSeconds(1));
        assertThat(DigestRule.due(true, HOUSING, lastSent, open, clock.instant())).as("a second short of a week").isEmpty();
        clock.set(lastSent.plus(DigestRule.EVERY));
        assertThat(DigestRule.due(true, HOUSING, lastSent, open, clock.instant())).as("a week on").containsExactly(tuesday, sunday);
    }

    @Test
    @DisplayName("What was in the last digest, or opened before it, is never sent again")
    void neverTwice() {
        Instant lastSent = clock.instant();
        var before = item(Kind.GROUP, 7, Topic.HOUSING, lastSent.minusSeconds(60));
        var atTheSameInstant = item(Kind.GROUP, 8, Topic.HOUSING, lastSent);
        clock.advance(Duration.ofDays(30));

        assertThat(DigestRule.due(true, HOUSING, lastSent, List.of(before, atTheSameInstant), clock.instant())).isEmpty();
    }

    @Test
    @DisplayName("Something on several topics is in the digest when any of them is the resident's")
    void anyTopicMatches() {
        var both = new DigestItem(Kind.CONSULTATION, 9, Set.of(Topic.CARERS_SUPPORT, Topic.HOUSING), MONDAY.minusSeconds(3600));
        assertThat(DigestRule.due(true, HOUSING, null, List.of(both), clock.instant())).containsExactly(both);
        assertThat(DigestRule.due(true, HOUSING, null, List.of(both), MONDAY.minusSeconds(7200))).as("not yet seen then").isEmpty();
    }
}
