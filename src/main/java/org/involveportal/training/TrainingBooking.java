package org.involveportal.training;

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

/**
 * A resident's place on a session, with the needs from their profile as they were then. Once per resident and
 * session; cancelling removes it. It changes the places left a course's public page shows, so its commit clears
 * the kept pages.
 */
@Entity
@Table(name = "training_booking")
public class TrainingBooking {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "resident_id", nullable = false)
    private long residentId;

    /** The communication needs by name, comma-separated. */
    @Column(name = "needs", length = 200)
    private String needs;

    @Column(name = "access_needs", length = 1000)
    private String accessNeeds;

    @Column(name = "booked_at", nullable = false)
    private Instant bookedAt;

    protected TrainingBooking() {
        // for JPA
    }

    TrainingBooking(long sessionId, long residentId, Set<CommunicationNeed> communicationNeeds, String access, Instant at) {
        this.sessionId = sessionId;
        this.residentId = residentId;
        this.needs = communicationNeeds.isEmpty() ? null
                : communicationNeeds.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.accessNeeds = access == null || access.isBlank() ? null : access.trim();
        this.bookedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getSessionId() {
        return sessionId;
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

    public Instant getBookedAt() {
        return bookedAt;
    }
}
