package org.involveportal.actionplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * One action of a plan: what will be done, the lead (a named role such as "Head of Commissioning", never a person's
 * details), when it is due, its RAG status, the outcome hoped for, and the consultation, "You said, we did" feedback and
 * group it comes from. Its status is the status of its latest progress update (by the update's date, then the order
 * published), or the status it was written with while it has none.
 */
@Entity
@Table(name = "plan_action")
public class PlanAction {

    public static final int WHAT_MAX = 2000;
    public static final int LEAD_MAX = 200;
    public static final int OUTCOME_MAX = 2000;

    /** The newest update first: by its date, then the one published later. */
    public static final Comparator<ActionUpdate> NEWEST_FIRST =
            Comparator.comparing(ActionUpdate::getProgressOn).thenComparing(ActionUpdate::getId).reversed();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(name = "theme_id", nullable = false)
    private long themeId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "what", nullable = false, length = WHAT_MAX)
    private String what;

    @Column(name = "lead_role", nullable = false, length = LEAD_MAX)
    private String lead;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "due_quarter", length = 7)
    private String dueQuarter;

    @Enumerated(EnumType.STRING)
    @Column(name = "rag", nullable = false, length = 10)
    private Rag rag;

    @Column(name = "outcome", length = OUTCOME_MAX)
    private String outcome;

    @Column(name = "consultation_id")
    private Long consultationId;

    @Column(name = "feedback_consultation_id")
    private Long feedbackConsultationId;

    @Column(name = "group_id")
    private Long groupId;

    protected PlanAction() {
        // for JPA
    }

    public PlanAction(long planId, long themeId, int position, String what, String lead, Timescale due, Rag rag, String outcome) {
        this.planId = planId;
        this.themeId = themeId;
        this.position = position;
        describe(what, lead, due, rag, outcome);
    }

    /** What, who leads, when, its status and outcome: what and lead are required, within their lengths. */
    public final void describe(String newWhat, String newLead, Timescale due, Rag status, String newOutcome) {
        if (blank(newWhat) || blank(newLead) || due == null || status == null) {
            throw new ActionPlanRuleViolation("actionPlan.rule.incomplete");
        }
        if (newWhat.strip().length() > WHAT_MAX || newLead.strip().length() > LEAD_MAX
                || newOutcome != null && newOutcome.strip().length() > OUTCOME_MAX) {
            throw new ActionPlanRuleViolation("actionPlan.rule.tooLong");
        }
        this.what = newWhat.strip();
        this.lead = newLead.strip();
        this.dueOn = due.day();
        this.dueQuarter = due.quarter();
        this.rag = status;
        this.outcome = blank(newOutcome) ? null : newOutcome.strip();
    }

    /** Where it comes from (null for none of each). */
    public void linkTo(Long consultation, Long feedbackOfConsultation, Long group) {
        this.consultationId = consultation;
        this.feedbackConsultationId = feedbackOfConsultation;
        this.groupId = group;
    }

    /**
     * Publishes a progress update: dated today or earlier, never in the future, and not before the day the action's
     * latest update is dated (an update records where things got to, so the history reads in order). The action's
     * status becomes the update's.
     */
    public ActionUpdate progress(String words, Rag status, LocalDate on, LocalDate today, List<ActionUpdate> earlier, java.time.Instant now) {
        if (blank(words) || status == null || on == null) {
            throw new ActionPlanRuleViolation("actionPlan.rule.updateIncomplete");
        }
        if (words.strip().length() > ActionUpdate.WORDS_MAX) {
            throw new ActionPlanRuleViolation("actionPlan.rule.tooLong");
        }
        if (on.isAfter(today)) {
            throw new ActionPlanRuleViolation("actionPlan.rule.updateInFuture");
        }
        var latest = latest(earlier);
        if (latest != null && on.isBefore(latest.getProgressOn())) {
            throw new ActionPlanRuleViolation("actionPlan.rule.updateBeforeLatest");
        }
        this.rag = status;
        return new ActionUpdate(id, on, words, status, now);
    }

    /** The newest of some updates, or null when there are none. */
    public static ActionUpdate latest(List<ActionUpdate> updates) {
        return updates.stream().sorted(NEWEST_FIRST).findFirst().orElse(null);
    }

    /** Whether it is still to be done and its timescale has passed. */
    public boolean overdueOn(LocalDate today) {
        return rag != Rag.DONE && timescale().lastDay().isBefore(today);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public Timescale timescale() {
        return new Timescale(dueOn, dueQuarter);
    }

    public Long getId() {
        return id;
    }

    public long getPlanId() {
        return planId;
    }

    public long getThemeId() {
        return themeId;
    }

    public int getPosition() {
        return position;
    }

    public String getWhat() {
        return what;
    }

    public String getLead() {
        return lead;
    }

    public Rag getRag() {
        return rag;
    }

    public String getOutcome() {
        return outcome;
    }

    public Long getConsultationId() {
        return consultationId;
    }

    public Long getFeedbackConsultationId() {
        return feedbackConsultationId;
    }

    public Long getGroupId() {
        return groupId;
    }
}
