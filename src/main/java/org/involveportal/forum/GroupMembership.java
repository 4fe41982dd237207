package org.involveportal.forum;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
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
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A resident's place in a group. Groups with eligibility rules need staff to approve a request;
 * others are joined at once. The resident is named by id only (their details are in {@code people}).
 */
@Entity
@Cacheable(false)
@Table(name = "group_membership")
public class GroupMembership {

    /** Where a resident stands with a group. */
    public enum Status { REQUESTED, MEMBER, REFUSED, LEFT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "group_id", nullable = false)
    private InvolvementGroup group;

    @Column(name = "resident_id", nullable = false)
    private long residentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 320)
    private String decidedBy;

    /** The member agreed the group may share their name and contact details with its other members. */
    @Column(name = "share_details", nullable = false)
    private boolean shareDetails;

    protected GroupMembership() {
        // for JPA
    }

    /** A resident asks to join: a member at once, or a request for staff where the group has eligibility rules. */
    public static GroupMembership ask(InvolvementGroup group, long residentId, Instant now) {
        var membership = new GroupMembership();
        membership.group = group;
        membership.residentId = residentId;
        membership.status = group.joiningStatus();
        membership.requestedAt = now;
        if (membership.status == Status.MEMBER) {
            membership.decidedAt = now;
        }
        return membership;
    }

    /** Asks again after leaving or being refused; nothing changes for a member or a pending request. */
    public void askAgain(Instant now) {
        if (status == Status.LEFT || status == Status.REFUSED) {
            status = group.joiningStatus();
            requestedAt = now;
            decidedAt = status == Status.MEMBER ? now : null;
            decidedBy = null;
        }
    }

    /** Whether the group may share this member's details with its other members; the member's own choice. */
    public void shareDetails(boolean agreed) {
        this.shareDetails = agreed;
    }

    public boolean isShareDetails() {
        return shareDetails;
    }

    public void approve(String staff, Instant now) {
        decide(Status.MEMBER, staff, now);
    }

    public void refuse(String staff, Instant now) {
        decide(Status.REFUSED, staff, now);
    }

    private void decide(Status decision, String staff, Instant now) {
        if (status != Status.REQUESTED) {
            throw new ForumRuleViolation("membership.rule.notRequested");
        }
        status = decision;
        decidedBy = staff;
        decidedAt = now;
    }

    /** A member leaves, or withdraws a request. */
    public void leave(Instant now) {
        if (status == Status.MEMBER || status == Status.REQUESTED) {
            status = Status.LEFT;
            decidedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public InvolvementGroup getGroup() {
        return group;
    }

    public long getResidentId() {
        return residentId;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }
}
