package org.involveportal.response;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Drafts are not kept for ever. An unsent draft is useful until its consultation closes, and for a
 * while after so the "closed" page can still show the person their answers; a sent draft only
 * remembers its reference, which matters for a double press of "Send", not for weeks.
 */
@Singleton
public class DraftHousekeeping {

    private static final Logger LOG = Logger.getLogger(DraftHousekeeping.class.getName());
    static final Duration UNSENT_KEPT_AFTER_CLOSING = Duration.ofDays(28);
    static final Duration SENT_KEPT = Duration.ofDays(7);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Schedule(hour = "3", minute = "17", persistent = false)
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
