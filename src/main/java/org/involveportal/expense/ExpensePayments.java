package org.involveportal.expense;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.involveportal.activity.Activity;
import org.involveportal.audit.AuditAction;
import org.involveportal.audit.AuditTrail;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Language;
import org.involveportal.people.Resident;
import org.involveportal.platform.ExportTable;
import org.involveportal.platform.Money;

/**
 * Paying approved lines (finance role): the approved lines of decided claims are taken into a batch, whose file for the
 * finance system holds exactly those lines; once paid, the batch is marked paid and each resident told. A line is in
 * one batch at most: the lines are read under a lock, so two staff making a batch at once cannot both take a line.
 */
@Stateless
public class ExpensePayments {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    private ExpenseNotices notices;

    /** Approved lines of decided claims in no batch yet: what the next batch would pay. */
    public List<ExpenseItem> payable() {
        return payableQuery().getResultList();
    }

    public BigDecimal total(List<ExpenseItem> items) {
        return items.stream().map(ExpenseItem::getAmount).reduce(Money.ZERO, BigDecimal::add);
    }

    public PaymentBatch createBatch(String actor) {
        var items = payableQuery().setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (items.isEmpty()) {
            throw new ExpenseRuleViolation("expensePayments.error.nothing");
        }
        var batch = new PaymentBatch(total(items), items.size(), actor, clock.instant());
        em.persist(batch);
        em.flush();
        items.forEach(item -> item.takeInto(batch.getId()));
        audit.record(actor, AuditAction.PAYMENT_BATCH_CREATED, "payment-batch", batch.getReference(),
                items.size() + " lines, " + Money.plain(batch.getTotal()));
        return batch;
    }

    /** Batches, newest first. */
    public List<PaymentBatch> batches() {
        return em.createQuery("select b from PaymentBatch b order by b.createdAt desc, b.id desc", PaymentBatch.class).getResultList();
    }

    public Optional<PaymentBatch> batch(String reference) {
        return em.createQuery("select b from PaymentBatch b where b.reference = :ref", PaymentBatch.class)
                .setParameter("ref", reference).getResultStream().findFirst();
    }

    public List<ExpenseItem> linesOf(PaymentBatch batch) {
        return em.createQuery("select i from ExpenseItem i where i.batchId = :b order by i.claim.reference, i.position", ExpenseItem.class)
                .setParameter("b", batch.getId()).getResultList();
    }

    /** Finance has paid the batch: every line is paid, and each resident whose approved lines are all paid is told. */
    public void markPaid(String reference, String actor) {
        var batch = batch(reference).orElseThrow(() -> new ExpenseRuleViolation("expensePayments.error.noSuchBatch"));
        em.lock(batch, LockModeType.PESSIMISTIC_WRITE);
        var now = clock.instant();
        batch.markPaid(actor, now);
        var claims = new LinkedHashSet<ExpenseClaim>();
        for (ExpenseItem item : linesOf(batch)) {
            item.markPaid(now);
            claims.add(item.getClaim());
        }
        audit.record(actor, AuditAction.PAYMENT_BATCH_PAID, "payment-batch", reference, Money.plain(batch.getTotal()));
        claims.stream().filter(ExpenseClaim::isPaid).forEach(claim -> notices.tell(claim, ExpenseNotice.Kind.PAID));
    }

    /**
     * The batch as the finance system takes it: one row per line, amounts as plain decimals (no pound sign), with
     * who to pay and where. Downloading it is audited.
     */
    public ExportTable export(PaymentBatch batch, String actor, String format) {
        var table = new ExportTable("Batch", "Claim", "Payee", "Email", "Postal address", "Activity", "Activity date", "Expense",
                "Miles", "Detail", "Amount", "Approved by", "Approved on");
        for (ExpenseItem item : linesOf(batch)) {
            var claim = item.getClaim();
            var resident = claim.getResidentId() == null ? null : em.find(Resident.class, claim.getResidentId());
            var activity = em.find(Activity.class, claim.getActivityId());
            var profile = resident == null ? null : resident.profile();
            table.row(batch.getReference(), claim.getReference(),
                    profile == null ? "(account deleted)" : profile.name() == null ? resident.getEmail() : profile.name(),
                    resident == null ? "" : resident.getEmail(),
                    profile == null || profile.postalAddress() == null ? "" : profile.postalAddress().replace('\n', ',').replace("\r", ""),
                    activity.textIn("en").getTitle(), DateFormatting.date(activity.getStartsAt(), Language.ENGLISH),
                    item.getKind().name(), item.getMiles() == null ? "" : Money.plain(item.getMiles()),
                    item.getDetail() == null ? "" : item.getDetail(), item.getAmount(), item.getDecidedBy(),
                    item.getDecidedAt() == null ? "" : DateFormatting.date(item.getDecidedAt(), Language.ENGLISH));
        }
        audit.record(actor, AuditAction.PAYMENT_BATCH_EXPORTED, "payment-batch", batch.getReference(), format);
        return table;
    }

    private jakarta.persistence.TypedQuery<ExpenseItem> payableQuery() {
        return em.createQuery("select i from ExpenseItem i where i.status = :approved and i.batchId is null"
                        + " and i.claim.status = :decided order by i.claim.reference, i.position", ExpenseItem.class)
                .setParameter("approved", ExpenseItem.Status.APPROVED).setParameter("decided", ExpenseClaim.Status.DECIDED);
    }
}
