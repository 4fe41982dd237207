package org.involveportal.response;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.involveportal.platform.JobDue;
import org.involveportal.platform.Jobs;

/**
 * Drafts are not kept for ever. An unsent draft is useful until its consultation closes, and for a
 * while after so the "closed" page can still show the person their answers; a sent draft only
 * remembers its reference, which matters for a double press of "Send", not for weeks. Every night, on the one
 * instance holding the job's lease ({@link Jobs}); removing what is already gone changes nothing, so a second
 * run is harmless.
 */
@Singleton
public class DraftHousekeeping {

    private static final Logger LOG = Logger.getLogger(DraftHousekeeping.class.getName());
    public static final String JOB = "draft-housekeeping";
    static final Duration EVERY = Duration.ofDays(1);
    static final Duration UNSENT_KEPT_AFTER_CLOSING = Duration.ofDays(28);
    static final Duration SENT_KEPT = Duration.ofDays(7);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Jobs jobs;

    @Resource
    private SessionContext self;

    @Schedule(hour = "3", minute = "17", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void scheduled() {
        runIfLeased();
    }

    /** Runs the job if this instance holds its lease; says whether it ran. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean runIfLeased() {
        try {
            if (!jobs.runHere(JOB, EVERY)) {
                return false;
            }
            self.getBusinessObject(DraftHousekeeping.class).removeOldDrafts(); // in a transaction of its own
            return true;
        } catch (RuntimeException e) {
            // the database may be down; the next run tries again
            LOG.log(Level.WARNING, "Old drafts not removed this time: {0}", e.toString());
            return false;
        }
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void whenAsked(@Observes JobDue due) {
        if (due.is(JOB)) {
            due.answer(runIfLeased());
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void removeOldDrafts() {
        var now = clock.instant();
        int unsent = em.createQuery("""
                        delete from ResponseDraft d where d.sentReference is null and d.consultation.id in
                        (select c.id from Consultation c where c.window.closesAt < :cutoff)""")
                .setParameter("cutoff", now.minus(UNSENT_KEPT_AFTER_CLOSING))
                .executeUpdate();
        int sent = em.createQuery("delete from ResponseDraft d where d.sentReference is not null and d.updatedAt < :cutoff")
                .setParameter("cutoff", now.minus(SENT_KEPT))
                .executeUpdate();
        if (unsent + sent > 0) {
            LOG.info(() -> "Removed " + unsent + " unsent drafts of closed consultations and " + sent + " sent drafts");
        }
    }
}
