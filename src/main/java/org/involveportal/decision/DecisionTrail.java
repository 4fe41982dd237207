package org.involveportal.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.involveportal.consultation.Consultation;
import org.involveportal.consultation.ConsultationFollowUp;
import org.involveportal.platform.ClockProducer;

/**
 * A consultation's decision trail in order: proposal, equality impact assessment, consultation opened, closed,
 * analysis published, decision, "You said, we did", then what was done after. Each step says its state (done, not
 * yet, not needed, or withdrawn), who (a role or body) and on which London day; a step not reached yet is "not yet",
 * whatever comes after it.
 */
public final class DecisionTrail {

    /** The steps, in the order a trail always shows them. */
    public enum Step { PROPOSAL, IMPACT_ASSESSMENT, OPENED, CLOSED, ANALYSIS, DECISION, FEEDBACK, FOLLOW_UP }

    /**
     * DONE, NOT_YET; NOT_NEEDED for an impact assessment of a proposal that changes no service; WITHDRAWN for a
     * consultation taken back before it closed.
     */
    public enum State { DONE, NOT_YET, NOT_NEEDED, WITHDRAWN }

    /**
     * One step as the trail shows it: who and on which day (null when not known or not yet), a link (a document, the
     * analysis, the minutes) and words (a summary or the decision) with the language they are written in, the
     * meeting where a decision was taken, and the items done afterwards.
     */
    public record TrailStep(Step step, State state, String who, LocalDate day, String link, String words,
                            String wordsLanguage, String meeting, List<ConsultationFollowUp.Item> items) {

        static TrailStep notYet(Step step) {
            return new TrailStep(step, State.NOT_YET, null, null, null, null, null, null, List.of());
        }

        public boolean isDone() {
            return state == State.DONE;
        }
    }

    private DecisionTrail() {
    }

    /**
     * The trail of a consultation at an instant, for a reader of a language: the decision may be null (none recorded),
     * the follow-up items in any order (shown by when they last changed).
     */
    public static List<TrailStep> of(Consultation consultation, ConsultationDecision decision,
                                     List<ConsultationFollowUp.Item> followUps, String reader, Instant now) {
        var steps = new ArrayList<TrailStep>();
        // who proposed it is said once, on the proposal: the same body opens and closes it
        String body = consultation.getProposedBy();
        var window = consultation.getWindow();
        boolean published = consultation.isPublished() && !consultation.getPublishedAt().isAfter(now);

        steps.add(published
                ? new TrailStep(Step.PROPOSAL, State.DONE, body, day(consultation.getPublishedAt()), null, null, null, null, List.of())
                : TrailStep.notYet(Step.PROPOSAL));

        if (consultation.hasImpactAssessment()) {
            String language = consultation.impactAssessmentSummaryLanguage(reader);
            steps.add(new TrailStep(Step.IMPACT_ASSESSMENT, State.DONE, consultation.getImpactAssessedBy(),
                    day(consultation.getImpactAssessmentRecordedAt()), consultation.getImpactAssessmentDocument(),
                    consultation.impactAssessmentSummaryIn(language), language, null, List.of()));
        } else {
            steps.add(new TrailStep(Step.IMPACT_ASSESSMENT, consultation.isChangesService() ? State.NOT_YET : State.NOT_NEEDED,
                    null, null, null, null, null, null, List.of()));
        }

        boolean opened = published && !window.opensAt().isAfter(now);
        steps.add(opened
                ? new TrailStep(Step.OPENED, State.DONE, null, day(window.opensAt()), null, null, null, null, List.of())
                : TrailStep.notYet(Step.OPENED));

        boolean closed = opened && window.hasClosedAt(now) && !consultation.isWithdrawn();
        if (consultation.isWithdrawn()) {
            steps.add(new TrailStep(Step.CLOSED, State.WITHDRAWN, null, null, null, null, null, null, List.of()));
        } else {
            steps.add(closed
                    ? new TrailStep(Step.CLOSED, State.DONE, null, window.closingDay(), null, null, null, null, List.of())
                    : TrailStep.notYet(Step.CLOSED));
        }

        steps.add(closed && decision != null && decision.isAnalysisPublished()
                ? new TrailStep(Step.ANALYSIS, State.DONE, decision.getAnalysisBy(), decision.getAnalysisPublishedOn(),
                        decision.getAnalysisLink(), null, null, null, List.of())
                : TrailStep.notYet(Step.ANALYSIS));

        if (closed && decision != null && decision.isDecided()) {
            String language = decision.decisionLanguage(reader);
            steps.add(new TrailStep(Step.DECISION, State.DONE, decision.getDecidedBy(), decision.getDecidedOn(),
                    decision.getMinutesLink(), decision.decisionIn(language), language, decision.getMeeting(), List.of()));
        } else {
            steps.add(TrailStep.notYet(Step.DECISION));
        }

        var feedback = consultation.getFeedbackPublishedAt();
        steps.add(closed && feedback != null && !feedback.isAfter(now)
                ? new TrailStep(Step.FEEDBACK, State.DONE, body, day(feedback), null, null, null, null, List.of())
                : TrailStep.notYet(Step.FEEDBACK));

        var items = followUps.stream()
                .sorted(Comparator.comparing(ConsultationFollowUp.Item::updatedAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        steps.add(items.isEmpty()
                ? TrailStep.notYet(Step.FOLLOW_UP)
                : new TrailStep(Step.FOLLOW_UP, State.DONE, null, items.stream().map(ConsultationFollowUp.Item::updatedAt)
                        .filter(java.util.Objects::nonNull).max(Comparator.naturalOrder()).map(DecisionTrail::day).orElse(null),
                        null, null, null, null, items));
        return List.copyOf(steps);
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ClockProducer.LONDON);
    }
}
