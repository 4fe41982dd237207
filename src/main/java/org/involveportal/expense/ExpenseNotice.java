package org.involveportal.expense;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.involveportal.platform.NotOnPublicPages;

/**
 * Telling a resident where their claim stands (a question, a decision, a payment) in their way: emailed once the change
 * has committed, or put on staff's list of letters to print and post, and marked when posted.
 */
@Entity
@Table(name = "expense_notice")
@NotOnPublicPages
public class ExpenseNotice {

    /** What the resident is told. Names: mail.expense.NAME.* and expenseLetters.kind.NAME. */
    public enum Kind {
        QUESTION,
        DECIDED,
        PAID
    }

    /** How it reaches them. */
    public enum Way {
        EMAIL,
        POST
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "way", nullable = false, length = 10)
    private Way way;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "posted_at")
    private Instant postedAt;

    @Column(name = "posted_by", length = 320)
    private String postedBy;

    protected ExpenseNotice() {
        // for JPA
    }

    ExpenseNotice(long claimId, Kind kind, Way way, Instant now) {
        this.claimId = claimId;
        this.kind = kind;
        this.way = way;
        this.createdAt = now;
    }

    void markPosted(String actor, Instant now) {
        if (way != Way.POST) {
            throw new ExpenseRuleViolation("expense.rule.notPost");
        }
        this.postedAt = now;
        this.postedBy = actor;
    }

    public Long getId() {
        return id;
    }

    public long getClaimId() {
        return claimId;
    }

    public Kind getKind() {
        return kind;
    }

    public Way getWay() {
        return way;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPostedAt() {
        return postedAt;
    }
}
