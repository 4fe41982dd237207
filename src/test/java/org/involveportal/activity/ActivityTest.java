package org.involveportal.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;
import java.util.Set;
import org.involveportal.content.ClientGroup;
import org.involveportal.content.Topic;
import org.involveportal.forum.Support;
import org.involveportal.i18n.Language;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ActivityTest {

    private static final Instant STARTS = Instant.parse("2027-03-16T10:00:00Z");
    private static final Instant ENDS = STARTS.plusSeconds(3 * 3600);

    private static Activity visit(int places) {
        return new Activity("quality-checker-visit", new ActivityText("Quality Checker visit", "Check a day service", null, null))
                .describe(ActivityKind.QUALITY_CHECKER_VISIT, LadderLevel.INVOLVING, Topic.DAY_OPPORTUNITIES, ClientGroup.OLDER_PEOPLE, true)
                .schedule(STARTS, ENDS, places)
                .offer(Set.of(Support.TRANSPORT));
    }

    @Test
    @DisplayName("Interest is open only while the activity is published and has not started")
    void interestClosesAtTheStart() {
        var activity = visit(4);
        assertThat(activity.interestOpenAt(STARTS.minusSeconds(60))).as("not published yet").isFalse();

        activity.setPublished(true);
        assertThat(activity.interestOpenAt(STARTS.minusSeconds(60 * 60 * 24 * 30))).isTrue();
        assertThat(activity.interestOpenAt(STARTS.minusSeconds(1))).isTrue();
        assertThat(activity.interestOpenAt(STARTS)).as("at the start").isFalse();
        assertThat(activity.interestOpenAt(ENDS.plusSeconds(1))).as("after the end").isFalse();

        activity.setPublished(false);
        assertThat(activity.interestOpenAt(STARTS.minusSeconds(60))).as("taken down").isFalse();
    }

    @Test
    @DisplayName("An activity has between 1 and 500 places; interest beyond them leaves none, never fewer than none")
    void places() {
        assertThat(visit(1).getPlaces()).isEqualTo(1);
        assertThat(visit(Activity.MOST_PLACES).getPlaces()).isEqualTo(500);
        assertThatThrownBy(() -> visit(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> visit(501)).isInstanceOf(IllegalArgumentException.class);

        var activity = visit(4);
        assertThat(activity.placesLeftAfter(0)).isEqualTo(4);
        assertThat(activity.placesLeftAfter(3)).isEqualTo(1);
        assertThat(activity.placesLeftAfter(4)).isZero();
        assertThat(activity.placesLeftAfter(9)).as("more interested than places: staff choose").isZero();
    }

    @Test
    @DisplayName("Staff choose no more people than places; only the chosen are marked as having come, and a refusal forgets attendance")
    void choosingAndAttendance() {
        var activity = visit(2);
        assertThat(activity.mayChooseAnother(0)).isTrue();
        assertThat(activity.mayChooseAnother(1)).isTrue();
        assertThat(activity.mayChooseAnother(2)).as("every place taken").isFalse();

        var interest = new ActivityInterest(1L, 7L, Set.of(), null, STARTS.minusSeconds(86_400));
        assertThat(interest.getStatus()).isEqualTo(ActivityInterest.Status.INTERESTED);
        assertThatThrownBy(() -> interest.markAttended(true)).isInstanceOf(ActivityRuleViolation.class)
                .hasMessage("activity.rule.notChosen");
        interest.decide(true, "editor@example.gov.uk", STARTS.minusSeconds(3600));
        interest.markAttended(true);
        assertThat(interest.getAttended()).isTrue();
        interest.decide(false, "editor@example.gov.uk", STARTS.minusSeconds(60));
        assertThat(interest.getStatus()).isEqualTo(ActivityInterest.Status.NOT_CHOSEN);
        assertThat(interest.getAttended()).as("someone not chosen did not take part").isNull();
    }

    @Test
    @DisplayName("The outcome is one sentence of up to 500 characters, recorded once the activity has started")
    void outcome() {
        var activity = visit(4);
        assertThatThrownBy(() -> activity.recordOutcome("Two social workers chosen.", STARTS.minusSeconds(1)))
                .isInstanceOf(ActivityRuleViolation.class).hasMessage("activity.rule.notStarted");
        activity.recordOutcome("  Two social workers chosen.  ", STARTS);
        assertThat(activity.getOutcome()).isEqualTo("Two social workers chosen.");
        assertThatThrownBy(() -> activity.recordOutcome("x".repeat(501), ENDS)).isInstanceOf(ActivityRuleViolation.class);
        assertThat(activity.getOutcome()).isEqualTo("Two social workers chosen.");
        activity.recordOutcome(" ", ENDS);
        assertThat(activity.getOutcome()).isNull();
    }

    @Test
    @DisplayName("An activity ends after it starts, and needs its kind, ladder level, topic and who it is for")
    void wellFormed() {
        var activity = visit(4);
        assertThatThrownBy(() -> activity.schedule(STARTS, STARTS, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> activity.schedule(ENDS, STARTS, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> activity.describe(null, LadderLevel.INFORMING, Topic.HOUSING, ClientGroup.EVERYONE, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> activity.describe(ActivityKind.OTHER, null, Topic.HOUSING, ClientGroup.EVERYONE, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(activity.getStartsAt()).as("a refused change changes nothing").isEqualTo(STARTS);
        assertThat(activity.getKind()).isEqualTo(ActivityKind.QUALITY_CHECKER_VISIT);
    }

    @Test
    @DisplayName("The list's filters: kind and topic must match; an activity for everyone suits anyone")
    void filters() {
        var activity = visit(4);
        assertThat(activity.matches(null, null, null)).isTrue();
        assertThat(activity.matches(ActivityKind.QUALITY_CHECKER_VISIT, Topic.DAY_OPPORTUNITIES, ClientGroup.OLDER_PEOPLE)).isTrue();
        assertThat(activity.matches(ActivityKind.FOCUS_GROUP, null, null)).isFalse();
        assertThat(activity.matches(null, Topic.HOUSING, null)).isFalse();
        assertThat(activity.matches(null, null, ClientGroup.CARERS)).isFalse();

        activity.describe(ActivityKind.FOCUS_GROUP, LadderLevel.CONSULTING, Topic.HOUSING, ClientGroup.EVERYONE, false);
        assertThat(activity.matches(null, null, ClientGroup.CARERS)).isTrue();
    }

    @Test
    @DisplayName("The ladder runs from informing to empowering, the seven kinds are the issue's, and each has its words in every language")
    void kindsAndLadder() throws IOException {
        assertThat(LadderLevel.values()).extracting(Enum::name)
                .containsExactly("INFORMING", "CONSULTING", "INVOLVING", "COLLABORATING", "EMPOWERING");
        assertThat(ActivityKind.values()).extracting(Enum::name).containsExactly("QUALITY_CHECKER_VISIT", "MYSTERY_SHOPPING",
                "RECRUITMENT_OR_TENDER_PANEL", "FOCUS_GROUP", "TRAINING_SESSION", "CO_PRODUCTION_WORKSHOP", "OTHER");
        for (Language language : Language.values()) {
            var bundle = new Properties();
            try (Reader reader = Files.newBufferedReader(Path.of("translations", "messages_" + language.tag() + ".properties"),
                    StandardCharsets.UTF_8)) {
                bundle.load(reader);
            }
            for (var kind : ActivityKind.values()) {
                assertThat(bundle.getProperty("activityKind." + kind.name())).as(language.tag() + " " + kind).isNotBlank();
            }
            for (var level : LadderLevel.values()) {
                assertThat(bundle.getProperty("ladder." + level.name())).as(language.tag() + " " + level).isNotBlank();
            }
        }
    }

    @Test
    @DisplayName("A blank form names every required field, and an activity's own form has no problems")
    void formProblems() {
        assertThat(new ActivityForm().problems()).containsOnlyKeys("title-en", "summary-en", "kind", "ladder", "topic", "who", "day",
                "start", "end", "places");
        var activity = visit(4);
        activity.putText("cy", new ActivityText("Ymweliad Gwiriwr Ansawdd", "Gwirio gwasanaeth dydd", null, null));
        var form = ActivityForm.from(activity);
        assertThat(form.problems()).isEmpty();
        assertThat(form.getPlaces()).isEqualTo("4");
        assertThat(form.word("cy", "title")).isEqualTo("Ymweliad Gwiriwr Ansawdd");
        assertThat(form.slugBase()).isEqualTo("quality-checker-visit");
    }

    @Test
    @DisplayName("An activity asking for a course says it is missing for someone who has not completed it, and for nobody when it asks for none")
    void courseNeededFirst() {
        var activity = visit(4);
        assertThat(activity.courseMissingFor(Set.of())).as("no course asked for").isFalse();

        activity.requireCourse(7L);
        assertThat(activity.courseMissingFor(Set.of())).isTrue();
        assertThat(activity.courseMissingFor(Set.of(3L, 5L))).as("other courses do not count").isTrue();
        assertThat(activity.courseMissingFor(Set.of(3L, 7L))).isFalse();
        assertThat(activity.interestOpenAt(STARTS.minusSeconds(60))).as("the course does not close interest").isFalse();
        activity.setPublished(true);
        assertThat(activity.interestOpenAt(STARTS.minusSeconds(60))).isTrue();

        activity.requireCourse(null);
        assertThat(activity.courseMissingFor(Set.of())).isFalse();
    }
}
