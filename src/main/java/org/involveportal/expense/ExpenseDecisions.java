package org.involveportal.expense;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.involveportal.audit.AuditAction;
import org.involveportal.audit.AuditTrail;
import org.involveportal.platform.Money;

/**
 * Staff's side of claims (finance role): the claims waiting, each line approved or refused with a reason, a question
 * asked, and the letters to post. Every decision is audited with the amount, and the resident is told in their way
 * once the last line is decided.
 */
@Stateless
public class ExpenseDecisions {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    private ExpenseNotices notices;

    /** Claims in a state, oldest sent first (drafts are the resident's own and never listed). */
    public List<ExpenseClaim> claims(ExpenseClaim.Status status) {
        if (status == ExpenseClaim.Status.DRAFT) {
            return List.of();
        }
        return em.createQuery("select c from ExpenseClaim c where c.status = :s order by c.sentAt, c.id", ExpenseClaim.class)
                .setParameter("s", status).getResultList();
    }

    public long count(ExpenseClaim.Status status) {
        return em.createQuery("select count(c) from ExpenseClaim c where c.status = :s", Long.class).setParameter("s", status)
                .getSingleResult();
    }

    /** A claim staff may see: sent at least once. */
    public Optional<ExpenseClaim> find(String reference) {
        return em.createQuery("select c from ExpenseClaim c where c.reference = :ref and c.sentAt is not null", ExpenseClaim.class)
                .setParameter("ref", reference).getResultStream().findFirst();
    }

    public void decide(String reference, long itemId, boolean approve, String reason, String actor) {
        var claim = locked(reference);
        boolean last = claim.decide(itemId, approve, reason, actor, clock.instant());
        var item = claim.item(itemId).orElseThrow();
        audit.record(actor, approve ? AuditAction.EXPENSE_ITEM_APPROVED : AuditAction.EXPENSE_ITEM_REFUSED, "expense-claim", reference,
                item.getKind().name() + " " + Money.plain(item.getAmount()));
        if (last) {
            notices.tell(claim, ExpenseNotice.Kind.DECIDED);
        }
    }

    public void askForMore(String reference, String question, String actor) {
        var claim = locked(reference);
        claim.askForMore(question);
        audit.record(actor, AuditAction.EXPENSE_QUESTION_ASKED, "expense-claim", reference, null);
        notices.tell(claim, ExpenseNotice.Kind.QUESTION);
    }

    public List<ExpenseReceipt> receipts(ExpenseClaim claim) {
        return em.createQuery("select r from ExpenseReceipt r where r.claimId = :c order by r.uploadedAt, r.id", ExpenseReceipt.class)
                .setParameter("c", claim.getId()).getResultList();
    }

    /** A receipt of a sent claim, for staff; looking at it is audited. */
    public Optional<ExpenseReceipt> receiptToView(long receiptId, String actor) {
        var receipt = em.find(ExpenseReceipt.class, receiptId);
        if (receipt == null) {
            return Optional.empty();
        }
        var claim = em.find(ExpenseClaim.class, receipt.getClaimId());
        if (claim == null || claim.getSentAt() == null) {
            return Optional.empty();
        }
        audit.record(actor, AuditAction.EXPENSE_RECEIPT_VIEWED, "expense-claim", claim.getReference(), String.valueOf(receiptId));
        return Optional.of(receipt);
    }

    public void markLetterPosted(long noticeId, String actor) {
        notices.markPosted(noticeId, actor);
        var notice = notices.find(noticeId);
        var claim = em.find(ExpenseClaim.class, notice.getClaimId());
        audit.record(actor, AuditAction.EXPENSE_LETTER_POSTED, "expense-claim", claim.getReference(), notice.getKind().name());
    }

    private ExpenseClaim locked(String reference) {
        var claim = find(reference).orElseThrow(() -> new ExpenseRuleViolation("expense.rule.noSuchClaim"));
        em.lock(claim, LockModeType.PESSIMISTIC_WRITE);
        return claim;
    }
}
