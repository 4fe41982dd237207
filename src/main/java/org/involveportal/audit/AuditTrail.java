package org.involveportal.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Who did what to which thing, and when. Each event is kept in its own transaction, so a failed
 * sign-in or an action that later fails is still recorded. Never pass personal answers or equality
 * data: only ids, actions and short staff-facing details.
 */
@Stateless
public class AuditTrail {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String actorEmail, AuditAction action, String subjectType, String subjectId, String detail) {
        em.persist(new AuditEvent(clock.instant(), actorEmail, action, subjectType, subjectId, detail));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String actorEmail, AuditAction action) {
        em.persist(AuditEvent.of(clock.instant(), actorEmail, action));
    }

    /** The newest events first, a page at a time. */
    public List<AuditEvent> newest(int first, int count) {
        return em.createQuery("select e from AuditEvent e order by e.occurredAt desc, e.id desc", AuditEvent.class)
                .setFirstResult(first)
                .setMaxResults(count)
                .getResultList();
    }
}
