package org.involveportal.expense;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.involveportal.platform.NotOnPublicPages;

/**
 * One line of a claim: its kind and exact amount, decided on its own by staff (approved, or refused with a reason), and
 * once approved taken into a payment batch and paid.
 */
@Entity
@Table(name = "expense_item")
@NotOnPublicPages
public class ExpenseItem {

    /** Where the line stands. */
    public enum Status {
        PENDING,
        APPROVED,
        REFUSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "claim_id", nullable = false)
    private ExpenseClaim claim;

    /** The line's place in its claim: rows written together may get their ids in any order. */
    @Column(name = "position", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private ExpenseKind kind;

    @Column(name = "miles", precision = 8, scale = 2)
    private BigDecimal miles;

    @Column(name = "amount", nullable = false, precision = 10, scale = 2)
    private BigDecimal amount;

    @Column(name = "detail", length = ExpenseLine.DETAIL_MAX)
    private String detail;

    @Column(name = "over_limit_reason", length = ExpenseLine.REASON_MAX)
    private String overLimitReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status = Status.PENDING;

    @Column(name = "refusal_reason", length = ExpenseLine.REASON_MAX)
    private String refusalReason;

    @Column(name = "decided_by", length = 320)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "batch_id")
    private Long batchId;

    @Column(name = "paid_at")
    private Instant paidAt;

    protected ExpenseItem() {
        // for JPA
    }

    ExpenseItem(ExpenseClaim claim, int position, ExpenseKind kind, BigDecimal miles, BigDecimal amount, String detail,
                String overLimitReason) {
        this.claim = claim;
        this.position = position;
        this.kind = kind;
        this.miles = miles;
        this.amount = amount.setScale(2);
        this.detail = detail;
        this.overLimitReason = overLimitReason;
    }

    /** Approved, or refused with a reason; a line already in a payment batch stays as it is. */
    void decide(boolean approve, String reason, String actor, Instant now) {
        if (batchId != null) {
            throw new ExpenseRuleViolation("expense.rule.inBatch");
        }
        if (!approve && (reason == null || reason.isBlank())) {
            throw new ExpenseRuleViolation("staffExpenseClaim.error.reason");
        }
        this.status = approve ? Status.APPROVED : Status.REFUSED;
        this.refusalReason = approve ? null : reason.strip();
        this.decidedBy = actor;
        this.decidedAt = now;
    }

    /** Taken into a payment batch: approved and not yet in one. */
    void takeInto(long batch) {
        if (status != Status.APPROVED || batchId != null) {
            throw new ExpenseRuleViolation("expense.rule.notPayable");
        }
        this.batchId = batch;
    }

    void markPaid(Instant at) {
        this.paidAt = at;
    }

    public Long getId() {
        return id;
    }

    public ExpenseClaim getClaim() {
        return claim;
    }

    public ExpenseKind getKind() {
        return kind;
    }

    public BigDecimal getMiles() {
        return miles;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getDetail() {
        return detail;
    }

    public String getOverLimitReason() {
        return overLimitReason;
    }

    public Status getStatus() {
        return status;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Long getBatchId() {
        return batchId;
    }

    public Instant getPaidAt() {
        return paidAt;
    }

    public boolean isPaid() {
        return paidAt != null;
    }
}
