package org.involveportal.digest;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.involveportal.audit.AuditAction;
import org.involveportal.audit.AuditTrail;
import org.involveportal.platform.JobDue;
import org.involveportal.platform.Jobs;

/**
 * Every hour, makes the "Keep me informed" digests that are due ({@link DigestRule}), each resident in their own
 * transaction. Safe to run again at any time: what was last sent is remembered per resident, so a second run in
 * the same week sends nothing (the digest sent is recorded in the resident's transaction, under the resident's row
 * lock). A singleton, so two runs never overlap on one instance; of several instances only the one holding the
 * job's lease runs it ({@link Jobs}). Non-persistent: a missed run is caught up by the next one.
 */
@Singleton
public class DigestJob {

    public static final String JOB = "digests";
    static final Duration EVERY = Duration.ofHours(1);
    private static final Logger LOG = Logger.getLogger(DigestJob.class.getName());

    /** What a run did. */
    public record Run(int emailed, int posted, int failed) {
    }

    @EJB
    private DigestService digests;

    @EJB
    private AuditTrail audit;

    @Inject
    private Jobs jobs;

    @Schedule(hour = "*", minute = "5", persistent = false)
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
            run();
            return true;
        } catch (RuntimeException e) {
            // the database may be down; the next run tries again
            LOG.log(Level.WARNING, "Digests not made this time: {0}", e.toString());
            return false;
        }
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void whenAsked(@Observes JobDue due) {
        if (due.is(JOB)) {
            due.answer(runIfLeased());
        }
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Run run() {
        var open = digests.openNow();
        int emailed = 0;
        int posted = 0;
        int failed = 0;
        for (long residentId : digests.subscribers()) {
            try {
                String way = digests.sendIfDue(residentId, open);
                if ("EMAIL".equals(way)) {
                    emailed++;
                } else if (way != null) {
                    posted++;
                }
            } catch (Exception e) {
                failed++;
                // never the address in the log
                LOG.log(Level.WARNING, "A digest could not be sent: {0}", e.getClass().getSimpleName());
            }
        }
        if (emailed + posted + failed > 0) {
            audit.record(null, AuditAction.DIGESTS_SENT, "digest", null, emailed + " emailed, " + posted + " for post, " + failed + " failed");
        }
        return new Run(emailed, posted, failed);
    }
}
