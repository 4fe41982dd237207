package org.involveportal.expense;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.involveportal.platform.Money;
import org.involveportal.platform.NotOnPublicPages;
import org.involveportal.platform.References;

/**
 * A resident's claim for taking part in one activity: the lines they ask for, the receipts that back them, their
 * reading of the benefits notice before any payment for time, and staff's decision on each line. A draft until sent;
 * staff may ask a question, which the resident answers before sending again. One claim per person and activity.
 */
@Entity
@Table(name = "expense_claim")
@NotOnPublicPages
public class ExpenseClaim {

    public static final String REFERENCE_PREFIX = "EXP";
    public static final int QUESTION_MAX = 1000;

    /** Where the claim stands. */
    public enum Status {
        /** Being written: the resident can change the lines and receipts. */
        DRAFT,
        /** Sent: staff decide each line. */
        SENT,
        /** Staff asked a question: the resident answers, may change lines and receipts, and sends again. */
        MORE_INFO,
        /** Every line decided. */
        DECIDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "reference", nullable = false, unique = true, length = 20)
    private String reference;

    /** Null once the resident's account is deleted: paid claims stay in the council's accounts. */
    @Column(name = "resident_id")
    private Long residentId;

    @Column(name = "activity_id", nullable = false)
    private long activityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status = Status.DRAFT;

    @Column(name = "question", length = QUESTION_MAX)
    private String question;

    @Column(name = "answer", length = QUESTION_MAX)
    private String answer;

    @Column(name = "benefits_notice_read_at")
    private Instant benefitsNoticeReadAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @OneToMany(mappedBy = "claim", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<ExpenseItem> items = new ArrayList<>();

    protected ExpenseClaim() {
        // for JPA
    }

    public ExpenseClaim(long residentId, long activityId, Instant now) {
        this.reference = References.next(REFERENCE_PREFIX);
        this.residentId = residentId;
        this.activityId = activityId;
        this.createdAt = now;
    }

    /**
     * What is wrong with the lines typed, by field: a kind the policy does not pay, payment for time for an activity
     * that is not paid, an amount over the limit without a reason, words too long, or nothing asked for at all.
     */
    public static Map<String, String> problems(List<ExpenseLine> lines, ExpensePolicy policy, boolean activityPaid, Duration took) {
        var problems = new LinkedHashMap<String, String>();
        if (lines.isEmpty()) {
            problems.put("miles", "expense.error.nothing");
        }
        for (ExpenseLine line : lines) {
            var kind = line.kind();
            String field = fieldOf(kind);
            if (!policy.pays(kind)) {
                problems.put(field, "expense.error.notPaid");
            } else if (kind == ExpenseKind.TIME && !activityPaid) {
                problems.put(field, "expense.error.timeNotPaid");
            } else if (policy.isOverLimit(kind, amountOf(line, policy, took)) && line.overLimitReason() == null) {
                problems.put("reason-" + kind.name(), "expense.error.overLimitReason");
            }
            if (line.detail() != null && line.detail().length() > ExpenseLine.DETAIL_MAX) {
                problems.put("detail-" + kind.name(), "expense.error.detailTooLong");
            }
            if (line.overLimitReason() != null && line.overLimitReason().length() > ExpenseLine.REASON_MAX) {
                problems.put("reason-" + kind.name(), "expense.error.reasonTooLong");
            }
        }
        return problems;
    }

    /** The form field of a kind: the miles for mileage, whether to be paid for time, otherwise the amount. */
    public static String fieldOf(ExpenseKind kind) {
        return switch (kind) {
            case MILEAGE -> "miles";
            case TIME -> "time";
            default -> "amount-" + kind.name();
        };
    }

    /** The amount of a line: worked out for mileage and time, as typed otherwise. */
    static BigDecimal amountOf(ExpenseLine line, ExpensePolicy policy, Duration took) {
        return switch (line.kind()) {
            case MILEAGE -> policy.mileage(line.miles());
            case TIME -> policy.timePayment(took);
            default -> line.amount();
        };
    }

    /** The lines, replacing any before, while the resident may still change them; amounts worked out here are kept as they are now. */
    public void replaceLines(List<ExpenseLine> lines, ExpensePolicy policy, boolean activityPaid, Duration took) {
        if (status != Status.DRAFT && status != Status.MORE_INFO) {
            throw new ExpenseRuleViolation("expense.rule.sent");
        }
        if (!problems(lines, policy, activityPaid, took).isEmpty()) {
            throw new ExpenseRuleViolation("expense.rule.invalid");
        }
        items.clear();
        for (ExpenseLine line : lines) {
            items.add(new ExpenseItem(this, items.size() + 1, line.kind(), line.kind() == ExpenseKind.MILEAGE ? line.miles() : null,
                    amountOf(line, policy, took), line.detail(), policy.isOverLimit(line.kind(), amountOf(line, policy, took))
                            ? line.overLimitReason() : null));
        }
        if (!asksForTime()) {
            benefitsNoticeReadAt = null;
        }
    }

    /** The resident has said they read how payment can affect benefits (needed before payment for time is sent). */
    public void readBenefitsNotice(Instant now) {
        this.benefitsNoticeReadAt = now;
    }

    /**
     * Sent for staff to decide: with at least one line, a receipt when any line needs one, the benefits notice read
     * (before or now) when it asks for payment for time, and an answer when staff asked a question. Every rule is
     * checked before anything changes, so a claim refused stays exactly as it was.
     */
    public void send(int receipts, boolean benefitsNoticeReadNow, String answerToQuestion, Instant now) {
        if (status != Status.DRAFT && status != Status.MORE_INFO) {
            throw new ExpenseRuleViolation("expense.rule.sent");
        }
        if (items.isEmpty()) {
            throw new ExpenseRuleViolation("expense.error.nothing");
        }
        if (receipts == 0 && items.stream().anyMatch(item -> item.getKind().needsReceipt())) {
            throw new ExpenseRuleViolation("expense.error.receiptNeeded");
        }
        if (asksForTime() && benefitsNoticeReadAt == null && !benefitsNoticeReadNow) {
            throw new ExpenseRuleViolation("expense.error.benefitsNotice");
        }
        if (status == Status.MORE_INFO) {
            if (answerToQuestion == null || answerToQuestion.isBlank()) {
                throw new ExpenseRuleViolation("expense.error.answer");
            }
            if (answerToQuestion.strip().length() > QUESTION_MAX) {
                throw new ExpenseRuleViolation("expense.error.answerTooLong");
            }
            this.answer = answerToQuestion.strip();
        }
        if (asksForTime() && benefitsNoticeReadAt == null) {
            this.benefitsNoticeReadAt = now;
        }
        this.status = Status.SENT;
        this.sentAt = now;
    }

    /** Staff ask the resident something before deciding: the lines not yet decided wait for the answer. */
    public void askForMore(String staffQuestion) {
        if (status != Status.SENT) {
            throw new ExpenseRuleViolation("expense.rule.notWaiting");
        }
        if (staffQuestion == null || staffQuestion.isBlank()) {
            throw new ExpenseRuleViolation("staffExpenseClaim.error.question");
        }
        if (staffQuestion.strip().length() > QUESTION_MAX) {
            throw new ExpenseRuleViolation("staffExpenseClaim.error.questionTooLong");
        }
        this.question = staffQuestion.strip();
        this.answer = null;
        this.status = Status.MORE_INFO;
    }

    /**
     * Staff approve a line, or refuse it with a reason, once the claim is sent; when the last line is decided the claim
     * is decided. A decision may be changed until the line is in a payment batch.
     *
     * @return true when this decision was the last one the claim waited for
     */
    public boolean decide(long itemId, boolean approve, String reason, String actor, Instant now) {
        if (status != Status.SENT && status != Status.DECIDED) {
            throw new ExpenseRuleViolation("expense.rule.notWaiting");
        }
        var item = item(itemId).orElseThrow(() -> new ExpenseRuleViolation("expense.rule.noSuchItem"));
        if (reason != null && reason.strip().length() > ExpenseLine.REASON_MAX) {
            throw new ExpenseRuleViolation("expense.error.reasonTooLong");
        }
        item.decide(approve, reason, actor, now);
        boolean allDecided = items.stream().noneMatch(line -> line.getStatus() == ExpenseItem.Status.PENDING);
        if (allDecided && status == Status.SENT) {
            status = Status.DECIDED;
            decidedAt = now;
            return true;
        }
        return false;
    }

    public Optional<ExpenseItem> item(long itemId) {
        return items.stream().filter(item -> item.getId() != null && item.getId() == itemId).findFirst();
    }

    public boolean asksForTime() {
        return items.stream().anyMatch(item -> item.getKind() == ExpenseKind.TIME);
    }

    /** The resident may still change it: a draft, or a claim staff asked about. */
    public boolean isOpenToResident() {
        return status == Status.DRAFT || status == Status.MORE_INFO;
    }

    public BigDecimal total() {
        return items.stream().map(ExpenseItem::getAmount).reduce(Money.ZERO, BigDecimal::add);
    }

    public BigDecimal approvedTotal() {
        return items.stream().filter(item -> item.getStatus() == ExpenseItem.Status.APPROVED)
                .map(ExpenseItem::getAmount).reduce(Money.ZERO, BigDecimal::add);
    }

    /** Every approved line paid (and at least one approved). */
    public boolean isPaid() {
        var approved = items.stream().filter(item -> item.getStatus() == ExpenseItem.Status.APPROVED).toList();
        return status == Status.DECIDED && !approved.isEmpty() && approved.stream().allMatch(ExpenseItem::isPaid);
    }

    /** Once the account is deleted, a claim in the council's accounts no longer names the person. */
    void forgetResident() {
        this.residentId = null;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Long getResidentId() {
        return residentId;
    }

    public long getActivityId() {
        return activityId;
    }

    public Status getStatus() {
        return status;
    }

    public String getQuestion() {
        return question;
    }

    public String getAnswer() {
        return answer;
    }

    public Instant getBenefitsNoticeReadAt() {
        return benefitsNoticeReadAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public List<ExpenseItem> getItems() {
        return List.copyOf(items);
    }
}
