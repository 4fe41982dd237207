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

    /** What the audit trail is narrowed to: any of these may be null for "any". */
    public record Filter(AuditAction action, String actorContains, String subjectContains) {

        static String like(String typed) {
            // the typed words are matched literally: % and _ are not wildcards here
            return "%" + typed.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        }
    }

    /** Events matching a filter, newest (or oldest) first, a page at a time. */
    public List<AuditEvent> search(Filter filter, int first, int count, boolean oldestFirst) {
        String order = oldestFirst ? " order by e.occurredAt, e.id" : " order by e.occurredAt desc, e.id desc";
        var query = em.createQuery("select e from AuditEvent e" + where(filter) + order, AuditEvent.class);
        bind(query, filter);
        return query.setFirstResult(first).setMaxResults(count).getResultList();
    }

    public long count(Filter filter) {
        var query = em.createQuery("select count(e) from AuditEvent e" + where(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    private static String where(Filter filter) {
        var conditions = new java.util.ArrayList<String>();
        if (filter.action() != null) {
            conditions.add("e.action = :action");
        }
        if (filter.actorContains() != null && !filter.actorContains().isBlank()) {
            conditions.add("e.actorEmail like :actor");
        }
        if (filter.subjectContains() != null && !filter.subjectContains().isBlank()) {
            conditions.add("(e.subjectId like :subject or e.detail like :subject)");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void bind(jakarta.persistence.Query query, Filter filter) {
        if (filter.action() != null) {
            query.setParameter("action", filter.action());
        }
        if (filter.actorContains() != null && !filter.actorContains().isBlank()) {
            query.setParameter("actor", Filter.like(filter.actorContains()));
        }
        if (filter.subjectContains() != null && !filter.subjectContains().isBlank()) {
            query.setParameter("subject", Filter.like(filter.subjectContains()));
        }
    }

    /** The newest events first, a page at a time. */
    public List<AuditEvent> newest(int first, int count) {
        return em.createQuery("select e from AuditEvent e order by e.occurredAt desc, e.id desc", AuditEvent.class)
                .setFirstResult(first)
                .setMaxResults(count)
                .getResultList();
    }
}
