package org.involveportal.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
