package org.involveportal.expense;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.involveportal.activity.Activity;
import org.involveportal.activity.ActivityInterest;
import org.involveportal.audit.AuditAction;
import org.involveportal.audit.AuditTrail;
import org.involveportal.platform.Money;

/**
 * A resident's side of expenses: the activities they may claim for (those staff marked them as having come to, until
 * the policy's days to claim have passed), writing a claim, its receipts, the benefits notice, and sending it. Every
 * method takes the signed-in resident's id and finds a claim only among theirs, so a form naming someone else's claim
 * finds nothing.
 */
@Stateless
public class ExpenseService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private ReceiptStore store;

    @Inject
    private AuditTrail audit;

    public ExpensePolicy policy() {
        return em.find(ExpensePolicy.class, ExpensePolicy.ID);
    }

    public Instant now() {
        return clock.instant();
    }

    /** Activities the resident came to and may still claim for, with no claim yet, soonest ended first. */
    public List<Activity> claimable(long residentId) {
        var policy = policy();
        Instant now = clock.instant();
        return attendedActivities(residentId).stream()
                .filter(activity -> policy.claimOpen(activity.getStartsAt(), activity.getEndsAt(), now))
                .filter(activity -> claimFor(activity.getId(), residentId).isEmpty())
                .toList();
    }

    /** The resident's claims, newest first. */
    public List<ExpenseClaim> claimsOf(long residentId) {
        return em.createQuery("select c from ExpenseClaim c where c.residentId = :r order by c.createdAt desc, c.id desc",
                ExpenseClaim.class).setParameter("r", residentId).getResultList();
    }

    /** One of the resident's own claims by its reference; someone else's is not found. */
    public Optional<ExpenseClaim> own(String reference, long residentId) {
        return em.createQuery("select c from ExpenseClaim c where c.reference = :ref and c.residentId = :r", ExpenseClaim.class)
                .setParameter("ref", reference).setParameter("r", residentId).getResultStream().findFirst();
    }

    public Optional<ExpenseClaim> claimFor(long activityId, long residentId) {
        return em.createQuery("select c from ExpenseClaim c where c.activityId = :a and c.residentId = :r", ExpenseClaim.class)
                .setParameter("a", activityId).setParameter("r", residentId).getResultStream().findFirst();
    }

    public Activity activityOf(ExpenseClaim claim) {
        return em.find(Activity.class, claim.getActivityId());
    }

    /**
     * The activity a resident may claim for by its address: one staff marked them as having come to, within the days
     * to claim. Empty otherwise, whatever the reason, so nobody learns of activities that are not theirs.
     */
    public Optional<Activity> claimableActivity(String slug, long residentId) {
        var policy = policy();
        Instant now = clock.instant();
        return attendedActivities(residentId).stream().filter(activity -> activity.getSlug().equals(slug))
                .filter(activity -> policy.claimOpen(activity.getStartsAt(), activity.getEndsAt(), now)).findFirst();
    }

    /**
     * Writes the lines of the resident's claim for an activity they came to: a new draft the first time, the same
     * claim after (while it is a draft or staff asked a question). The policy checks every line.
     */
    public ExpenseClaim saveLines(String slug, long residentId, List<ExpenseLine> lines) {
        var activity = claimableActivity(slug, residentId).orElseThrow(() -> new ExpenseRuleViolation("expense.rule.notClaimable"));
        var claim = claimFor(activity.getId(), residentId).orElse(null);
        if (claim == null) {
            claim = new ExpenseClaim(residentId, activity.getId(), clock.instant());
            em.persist(claim);
        } else {
            em.lock(claim, LockModeType.PESSIMISTIC_WRITE);
        }
        claim.replaceLines(lines, policy(), activity.isPaid(), took(activity));
        em.flush();
        return claim;
    }

    public static Duration took(Activity activity) {
        return Duration.between(activity.getStartsAt(), activity.getEndsAt());
    }

    public List<ExpenseReceipt> receipts(long claimId) {
        return em.createQuery("select r from ExpenseReceipt r where r.claimId = :c order by r.uploadedAt, r.id", ExpenseReceipt.class)
                .setParameter("c", claimId).getResultList();
    }

    /**
     * Keeps a receipt with the resident's claim while they may change it: checked by its content (a photo or a PDF),
     * its size and its name, and written to the receipts folder under a random name.
     */
    public ExpenseReceipt addReceipt(String reference, long residentId, String fileName, long size, byte[] content) {
        var claim = openClaim(reference, residentId);
        var problem = ReceiptType.problemWith(fileName, size, content);
        if (problem.isPresent()) {
            throw new ExpenseRuleViolation(problem.get());
        }
        if (receipts(claim.getId()).size() >= ExpenseReceipt.MOST_PER_CLAIM) {
            throw new ExpenseRuleViolation("expense.error.receiptTooMany");
        }
        var receipt = new ExpenseReceipt(claim.getId(), fileName, ReceiptType.ofContent(content).orElseThrow(), size, clock.instant());
        em.persist(receipt);
        em.flush(); // the row first: a file is never on disk without the row that says whose it is
        store.save(receipt.getStoredName(), content);
        return receipt;
    }

    public void removeReceipt(String reference, long residentId, long receiptId) {
        var claim = openClaim(reference, residentId);
        var receipt = em.find(ExpenseReceipt.class, receiptId);
        if (receipt == null || receipt.getClaimId() != claim.getId()) {
            throw new ExpenseRuleViolation("expense.rule.noSuchReceipt");
        }
        em.remove(receipt);
        store.delete(receipt.getStoredName());
    }

    /** The resident's own receipt, to look at again; none of anyone else's. */
    public Optional<ExpenseReceipt> ownReceipt(long receiptId, long residentId) {
        var receipt = em.find(ExpenseReceipt.class, receiptId);
        if (receipt == null) {
            return Optional.empty();
        }
        var claim = em.find(ExpenseClaim.class, receipt.getClaimId());
        return claim != null && claim.getResidentId() != null && claim.getResidentId() == residentId ? Optional.of(receipt) : Optional.empty();
    }

    public byte[] content(ExpenseReceipt receipt) throws java.io.IOException {
        return store.read(receipt.getStoredName());
    }

    /** Sends the claim for staff to decide (see {@link ExpenseClaim#send}), with the benefits notice read when ticked. */
    public ExpenseClaim send(String reference, long residentId, boolean benefitsNoticeRead, String answer) {
        var claim = openClaim(reference, residentId);
        claim.send(receipts(claim.getId()).size(), benefitsNoticeRead, answer, clock.instant());
        audit.record("resident " + residentId, AuditAction.EXPENSE_CLAIM_SENT, "expense-claim", claim.getReference(),
                Money.plain(claim.total()));
        return claim;
    }

    private ExpenseClaim openClaim(String reference, long residentId) {
        var claim = own(reference, residentId).orElseThrow(() -> new ExpenseRuleViolation("expense.rule.noSuchClaim"));
        em.lock(claim, LockModeType.PESSIMISTIC_WRITE);
        if (!claim.isOpenToResident()) {
            throw new ExpenseRuleViolation("expense.rule.sent");
        }
        return claim;
    }

    private List<Activity> attendedActivities(long residentId) {
        return em.createQuery("select a from Activity a, ActivityInterest i where i.activityId = a.id and i.residentId = :r"
                        + " and i.status = :chosen and i.attended = true order by a.endsAt desc, a.id", Activity.class)
                .setParameter("r", residentId).setParameter("chosen", ActivityInterest.Status.CHOSEN).getResultList();
    }
}
