package org.involveportal.forum;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A resident's place at a meeting, or on its waiting list, with the access needs they told us. The
 * resident is named by id only: their details (and the foreign key) come with {@code people}.
 * Changes go through {@link Meeting}, which keeps the places and the waiting list in order.
 */
@Entity
@Cacheable(false)
@Table(name = "meeting_registration")
public class MeetingRegistration {

    /** Where a resident stands with a meeting. */
    public enum Status { REGISTERED, WAITLISTED, CANCELLED, ATTENDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @Column(name = "resident_id", nullable = false)
    private long residentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    /** Order on the waiting list (1 first); null unless waitlisted. */
    @Column(name = "waitlist_position")
    private Integer waitlistPosition;

    @Column(name = "access_needs", length = 2000)
    private String accessNeeds;

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meeting_registration_support", joinColumns = @JoinColumn(name = "registration_id"))
    @Column(name = "support", length = 40)
    @Enumerated(EnumType.STRING)
    private Set<Support> supportNeeded = EnumSet.noneOf(Support.class);

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected MeetingRegistration() {
        // for JPA
    }

    MeetingRegistration(Meeting meeting, long residentId, Set<Support> support, String accessNeeds, Instant now) {
        this.meeting = meeting;
        this.residentId = residentId;
        this.registeredAt = now;
        setNeeds(support, accessNeeds);
        this.changedAt = now;
    }

    final void setNeeds(Set<Support> support, String needs) {
        this.supportNeeded = support == null || support.isEmpty() ? EnumSet.noneOf(Support.class) : EnumSet.copyOf(support);
        this.accessNeeds = needs == null || needs.isBlank() ? null : needs.trim();
    }

    void place(Instant now) {
        status = Status.REGISTERED;
        waitlistPosition = null;
        changedAt = now;
    }

    void waitlist(int position, Instant now) {
        status = Status.WAITLISTED;
        waitlistPosition = position;
        changedAt = now;
    }

    void cancel(Instant now) {
        status = Status.CANCELLED;
        waitlistPosition = null;
        changedAt = now;
    }

    void attended(boolean came, Instant now) {
        status = came ? Status.ATTENDED : Status.REGISTERED;
        changedAt = now;
    }

    /** Whether this registration holds one of the meeting's places. */
    public boolean holdsPlace() {
        return status == Status.REGISTERED || status == Status.ATTENDED;
    }

    public boolean isActive() {
        return status != Status.CANCELLED;
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public long getResidentId() {
        return residentId;
    }

    public Status getStatus() {
        return status;
    }

    public Integer getWaitlistPosition() {
        return waitlistPosition;
    }

    public String getAccessNeeds() {
        return accessNeeds;
    }

    public Set<Support> getSupportNeeded() {
        return Set.copyOf(supportNeeded);
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
