package org.involveportal.expense;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.involveportal.platform.NotOnPublicPages;
import org.involveportal.platform.References;

/**
 * Approved lines taken together for the finance system: its file (CSV or XLSX) always holds exactly these lines, however
 * often it is downloaded, and once finance has paid them staff mark the batch paid.
 */
@Entity
@Table(name = "payment_batch")
@NotOnPublicPages
public class PaymentBatch {

    public static final String REFERENCE_PREFIX = "PAY";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "reference", nullable = false, unique = true, length = 20)
    private String reference;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 320)
    private String createdBy;

    @Column(name = "total", nullable = false, precision = 12, scale = 2)
    private BigDecimal total;

    @Column(name = "line_count", nullable = false)
    private int lineCount;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "paid_by", length = 320)
    private String paidBy;

    protected PaymentBatch() {
        // for JPA
    }

    PaymentBatch(BigDecimal total, int lineCount, String actor, Instant now) {
        this.reference = References.next(REFERENCE_PREFIX);
        this.total = total;
        this.lineCount = lineCount;
        this.createdBy = actor;
        this.createdAt = now;
    }

    /** Finance has paid it: once only. */
    void markPaid(String actor, Instant now) {
        if (paidAt != null) {
            throw new ExpenseRuleViolation("expensePayments.error.alreadyPaid");
        }
        this.paidAt = now;
        this.paidBy = actor;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public int getLineCount() {
        return lineCount;
    }

    public Instant getPaidAt() {
        return paidAt;
    }

    public String getPaidBy() {
        return paidBy;
    }

    public boolean isPaid() {
        return paidAt != null;
    }
}
