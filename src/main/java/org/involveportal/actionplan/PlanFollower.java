package org.involveportal.actionplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.involveportal.platform.NotOnPublicPages;

/** A signed-in resident follows a plan: each update published on it reaches them once. */
@Entity
@Table(name = "plan_follower")
@NotOnPublicPages(tables = "action_update_notice")
public class PlanFollower {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(name = "resident_id", nullable = false)
    private long residentId;

    @Column(name = "followed_at", nullable = false)
    private Instant followedAt;

    protected PlanFollower() {
        // for JPA
    }

    public PlanFollower(long planId, long residentId, Instant now) {
        this.planId = planId;
        this.residentId = residentId;
        this.followedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getPlanId() {
        return planId;
    }

    public long getResidentId() {
        return residentId;
    }

    public Instant getFollowedAt() {
        return followedAt;
    }
}
