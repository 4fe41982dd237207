package org.involveportal.expense;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.involveportal.people.ContactWay;
import org.involveportal.people.Resident;

/**
 * Telling a resident where their claim stands, in their way: by email when they are happy with email (or never said
 * how), otherwise by a letter on staff's list to print and post. Recorded in the transaction of the change, emailed
 * after it commits.
 */
@Stateless
public class ExpenseNotices {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<ExpenseNoticeDue> due;

    public void tell(ExpenseClaim claim, ExpenseNotice.Kind kind) {
        if (claim.getResidentId() == null) {
            return;
        }
        var resident = em.find(Resident.class, claim.getResidentId());
        if (resident == null) {
            return;
        }
        var notice = new ExpenseNotice(claim.getId(), kind, wayFor(resident), clock.instant());
        em.persist(notice);
        em.flush();
        if (notice.getWay() == ExpenseNotice.Way.EMAIL) {
            due.fire(new ExpenseNoticeDue(notice.getId()));
        }
    }

    /** Email when they are happy with it or never said; a letter otherwise (a phone number alone gets a call from the letter list). */
    static ExpenseNotice.Way wayFor(Resident resident) {
        var ways = resident.profile().contactWays();
        return ways.isEmpty() || ways.contains(ContactWay.EMAIL) ? ExpenseNotice.Way.EMAIL : ExpenseNotice.Way.POST;
    }

    /** Letters still to post, oldest first. */
    public List<ExpenseNotice> lettersToPost() {
        return em.createQuery("select n from ExpenseNotice n where n.way = :post and n.postedAt is null order by n.createdAt, n.id",
                ExpenseNotice.class).setParameter("post", ExpenseNotice.Way.POST).getResultList();
    }

    public ExpenseNotice find(long noticeId) {
        return em.find(ExpenseNotice.class, noticeId);
    }

    public void markPosted(long noticeId, String actor) {
        var notice = em.find(ExpenseNotice.class, noticeId);
        if (notice == null) {
            throw new ExpenseRuleViolation("expense.rule.noSuchLetter");
        }
        notice.markPosted(actor, clock.instant());
    }
}
