package org.involveportal.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.involveportal.people.CommunicationNeed;
import org.involveportal.platform.NotOnPublicPages;

/**
 * A resident saying they would like to take part in an activity, with the needs from their profile as they were
 * then. Once per resident and activity. Public pages never show who is interested, so it clears no kept page.
 */
@Entity
@Table(name = "activity_interest")
@NotOnPublicPages
public class ActivityInterest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "activity_id", nullable = false)
    private long activityId;

    @Column(name = "resident_id", nullable = false)
    private long residentId;

    /** The communication needs by name, comma-separated. */
    @Column(name = "needs", length = 200)
    private String needs;

    @Column(name = "access_needs", length = 1000)
    private String accessNeeds;

    @Column(name = "expressed_at", nullable = false)
    private Instant expressedAt;

    /** Where the person stands: interested, then chosen to take part or not. */
    public enum Status {
        INTERESTED,
        CHOSEN,
        NOT_CHOSEN
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status = Status.INTERESTED;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 320)
    private String decidedBy;

    /** Null until staff mark it, after the activity has started. */
    @Column(name = "attended")
    private Boolean attended;

    protected ActivityInterest() {
        // for JPA
    }

    ActivityInterest(long activityId, long residentId, Set<CommunicationNeed> communicationNeeds, String access, Instant at) {
        this.activityId = activityId;
        this.residentId = residentId;
        this.needs = communicationNeeds.isEmpty() ? null
                : communicationNeeds.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.accessNeeds = access == null || access.isBlank() ? null : access.trim();
        this.expressedAt = at;
    }

    /** Staff choose the person to take part, or not; a choice may be changed until the activity starts (the caller checks places). */
    void decide(boolean chosen, String actor, Instant now) {
        this.status = chosen ? Status.CHOSEN : Status.NOT_CHOSEN;
        this.decidedAt = now;
        this.decidedBy = actor;
        if (!chosen) {
            this.attended = null;
        }
    }

    /** Whether someone chosen came; only the chosen are marked. */
    void markAttended(boolean came) {
        if (status != Status.CHOSEN) {
            throw new ActivityRuleViolation("activity.rule.notChosen");
        }
        this.attended = came;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Boolean getAttended() {
        return attended;
    }

    public Long getId() {
        return id;
    }

    public long getActivityId() {
        return activityId;
    }

    public long getResidentId() {
        return residentId;
    }

    public Set<CommunicationNeed> getNeeds() {
        var set = EnumSet.noneOf(CommunicationNeed.class);
        if (needs != null) {
            Arrays.stream(needs.split(",")).map(CommunicationNeed::valueOf).forEach(set::add);
        }
        return set;
    }

    public String getAccessNeeds() {
        return accessNeeds;
    }

    public Instant getExpressedAt() {
        return expressedAt;
    }
}
