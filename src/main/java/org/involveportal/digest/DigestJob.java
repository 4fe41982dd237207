package org.involveportal.digest;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.involveportal.audit.AuditAction;
import org.involveportal.audit.AuditTrail;

/**
 * Every hour, makes the "Keep me informed" digests that are due ({@link DigestRule}), each resident in their own
 * transaction. Safe to run again at any time: what was last sent is remembered per resident, so a second run in
 * the same week sends nothing. A singleton, so two runs never overlap; non-persistent: a missed run is caught up
 * by the next one.
 */
@Singleton
public class DigestJob {

    private static final Logger LOG = Logger.getLogger(DigestJob.class.getName());

    /** What a run did. */
    public record Run(int emailed, int posted, int failed) {
    }

    @EJB
    private DigestService digests;

    @EJB
    private AuditTrail audit;

    @Schedule(hour = "*", minute = "5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void scheduled() {
        try {
            run();
        } catch (RuntimeException e) {
            // the database may be down; the next run tries again
            LOG.log(Level.WARNING, "Digests not made this time: {0}", e.toString());
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
