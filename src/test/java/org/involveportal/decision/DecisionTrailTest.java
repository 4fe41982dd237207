package org.involveportal.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.involveportal.consultation.Consultation;
import org.involveportal.consultation.ConsultationFollowUp;
import org.involveportal.consultation.ConsultationRuleViolation;
import org.involveportal.consultation.ConsultationText;
import org.involveportal.consultation.ResponseWindow;
import org.involveportal.decision.DecisionTrail.State;
import org.involveportal.decision.DecisionTrail.Step;
import org.involveportal.i18n.Language;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DecisionTrailTest {

    /** Open from Monday 4 January 2027 to the end of Sunday 4 April 2027, London time. */
    private static final Instant OPENS = Instant.parse("2027-01-04T00:00:00Z");
    private static final Instant CLOSES = Instant.parse("2027-04-04T23:00:00Z");
    private static final LocalDate LAST_DAY = LocalDate.of(2027, 4, 4);
    private static final Instant WHILE_OPEN = OPENS.plus(Duration.ofDays(10));
    private static final Instant AFTER = CLOSES.plus(Duration.ofDays(30));
    private static final String MINUTES = "https://council.example.gov.uk/cabinet/2027-04-20/minutes";

    private final Consultation consultation = consultation();

    private static Consultation consultation() {
        var consultation = new Consultation("day-centres", new ConsultationText("Day centres", "Summary"), new ResponseWindow(OPENS, CLOSES));
        consultation.recordImpactAssessment(true, "Director of Adult Social Care", "Equality and Diversity Team",
                Map.of("en", "Older people use day centres most.", "cy", "Pobl hŷn sy'n defnyddio canolfannau dydd fwyaf."),
                "https://council.example.gov.uk/eia.pdf", OPENS.minus(Duration.ofDays(14)));
        consultation.publish(OPENS.minus(Duration.ofDays(7)));
        return consultation;
    }

    @Test
    @DisplayName("No decision and no analysis before the consultation closes, nor dated before its last day or after today")
    void decisionNotBeforeClose() {
        var decision = new ConsultationDecision(1, WHILE_OPEN);
        assertThatThrownBy(() -> decision.recordDecision(consultation, "Cabinet", LAST_DAY, "Cabinet", MINUTES, Map.of("en", "Agreed"), WHILE_OPEN))
                .isInstanceOf(ConsultationRuleViolation.class).hasMessage("decision.rule.notBeforeClose");
        assertThatThrownBy(() -> decision.recordAnalysis(consultation, LAST_DAY, MINUTES, "Engagement Team", WHILE_OPEN))
                .hasMessage("decision.rule.notBeforeClose");
        assertThatThrownBy(() -> decision.recordDecision(consultation, "Cabinet", LAST_DAY.minusDays(1), "Cabinet", MINUTES,
                Map.of("en", "Agreed"), AFTER)).hasMessage("decision.rule.decidedOn");
        assertThatThrownBy(() -> decision.recordDecision(consultation, "Cabinet", LocalDate.of(2027, 6, 1), "Cabinet", MINUTES,
                Map.of("en", "Agreed"), AFTER)).as("after today").hasMessage("decision.rule.decidedOn");
        assertThatThrownBy(() -> decision.recordDecision(consultation, "Cabinet", LAST_DAY, "Cabinet", MINUTES,
                Map.of("cy", "Cytunwyd"), AFTER)).hasMessage("decision.rule.englishNeeded");
        assertThatThrownBy(() -> decision.recordDecision(consultation, "Cabinet", LAST_DAY, "Cabinet", "http://insecure.example",
                Map.of("en", "Agreed"), AFTER)).hasMessage("decision.rule.minutesLink");
        assertThatThrownBy(() -> decision.recordDecision(consultation, " ", LAST_DAY, "Cabinet", MINUTES,
                Map.of("en", "Agreed"), AFTER)).hasMessage("decision.rule.decidedBy");
        assertThat(decision.isDecided()).isFalse();
        assertThat(decision.isAnalysisPublished()).isFalse();

        decision.recordDecision(consultation, "Cabinet", LAST_DAY.plusDays(16), "Cabinet meeting of 20 April 2027", MINUTES,
                Map.of("en", "Two day centres stay open until 6pm.", "cy", ""), AFTER);
        assertThat(decision.isDecided()).isTrue();
        assertThat(decision.decisionLanguage("cy")).as("a blank Welsh decision falls back to English").isEqualTo("en");
    }

    @Test
    @DisplayName("A withdrawn consultation takes no decision")
    void withdrawnTakesNoDecision() {
        consultation.withdraw(WHILE_OPEN, Map.of("en", "The proposal was dropped."));
        assertThatThrownBy(() -> new ConsultationDecision(1, AFTER).recordDecision(consultation, "Cabinet", LAST_DAY, "Cabinet",
                MINUTES, Map.of("en", "Agreed"), AFTER)).hasMessage("decision.rule.notBeforeClose");
        var trail = DecisionTrail.of(consultation, null, List.of(), "en", AFTER);
        assertThat(trail.get(3).state()).isEqualTo(State.WITHDRAWN);
        assertThat(trail.subList(4, 8)).allMatch(step -> step.state() == State.NOT_YET);
    }

    @Test
    @DisplayName("The trail keeps its order; steps not reached say not yet, with no who or when")
    void orderAndNotYet() {
        var trail = DecisionTrail.of(consultation, null, List.of(), "cy", WHILE_OPEN);
        assertThat(trail).extracting(DecisionTrail.TrailStep::step).containsExactly(Step.PROPOSAL, Step.IMPACT_ASSESSMENT,
                Step.OPENED, Step.CLOSED, Step.ANALYSIS, Step.DECISION, Step.FEEDBACK, Step.FOLLOW_UP);
        assertThat(trail).extracting(DecisionTrail.TrailStep::state).containsExactly(State.DONE, State.DONE, State.DONE,
                State.NOT_YET, State.NOT_YET, State.NOT_YET, State.NOT_YET, State.NOT_YET);
        assertThat(trail.get(0).who()).isEqualTo("Director of Adult Social Care");
        assertThat(trail.get(0).day()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(trail.get(2).who()).as("the body is named once, on the proposal").isNull();
        assertThat(trail.get(1).words()).as("the Welsh summary for a Welsh reader").startsWith("Pobl hŷn");
        assertThat(trail.get(1).wordsLanguage()).isEqualTo("cy");
        assertThat(trail.subList(3, 8)).allSatisfy(step -> {
            assertThat(step.who()).isNull();
            assertThat(step.day()).isNull();
        });

        var unassessed = new Consultation("u", new ConsultationText("T", "S"), new ResponseWindow(OPENS, CLOSES));
        assertThat(DecisionTrail.of(unassessed, null, List.of(), "en", WHILE_OPEN).subList(0, 3))
                .extracting(DecisionTrail.TrailStep::state).as("a draft that changes no service")
                .containsExactly(State.NOT_YET, State.NOT_NEEDED, State.NOT_YET);
    }

    @Test
    @DisplayName("After closing, each recorded step is done with who and when; a decision or feedback not yet out stays not yet")
    void fullTrail() {
        var decision = new ConsultationDecision(1, AFTER);
        var analysis = LAST_DAY.plusDays(7);
        decision.recordAnalysis(consultation, analysis, "https://council.example.gov.uk/analysis.pdf", "Engagement Team", AFTER);
        var partial = DecisionTrail.of(consultation, decision, List.of(), "en", AFTER);
        assertThat(partial.get(4).state()).isEqualTo(State.DONE);
        assertThat(partial.get(4).day()).isEqualTo(analysis);
        assertThat(partial.get(5).state()).as("the decision").isEqualTo(State.NOT_YET);

        decision.recordDecision(consultation, "Cabinet", LAST_DAY.plusDays(16), "Cabinet meeting of 20 April 2027", MINUTES,
                Map.of("en", "Two day centres stay open until 6pm."), AFTER);
        consultation.feedbackPublished(AFTER.plus(Duration.ofDays(1)));
        var items = List.of(
                new ConsultationFollowUp.Item("Community bus", Language.ENGLISH, "/action-plans/a/2", "Green", AFTER.plus(Duration.ofDays(3))),
                new ConsultationFollowUp.Item("Longer hours", Language.ENGLISH, "/action-plans/a/1", "Amber", AFTER.plus(Duration.ofDays(2))));
        var trail = DecisionTrail.of(consultation, decision, items, "en", AFTER);
        assertThat(trail.get(5)).satisfies(step -> {
            assertThat(step.state()).isEqualTo(State.DONE);
            assertThat(step.who()).isEqualTo("Cabinet");
            assertThat(step.meeting()).isEqualTo("Cabinet meeting of 20 April 2027");
            assertThat(step.link()).isEqualTo(MINUTES);
            assertThat(step.words()).isEqualTo("Two day centres stay open until 6pm.");
        });
        assertThat(trail.get(6).state()).as("feedback published tomorrow is not out yet").isEqualTo(State.NOT_YET);
        assertThat(trail.get(7).items()).extracting(ConsultationFollowUp.Item::title).as("oldest change first")
                .containsExactly("Longer hours", "Community bus");

        var later = DecisionTrail.of(consultation, decision, items, "en", AFTER.plus(Duration.ofDays(5)));
        assertThat(later).allMatch(DecisionTrail.TrailStep::isDone);
    }
}
