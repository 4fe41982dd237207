package org.involveportal.platform;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every hour, removes the sign-in failures and requests counted by the limits that no longer matter
 * ({@link LimitStore#forgetExpired}): a failure against an account after a day, anything else after its hour.
 * Once across the cluster ({@link Jobs}); safe to run again at any time.
 */
@Singleton
public class LimitsHousekeeping {

    public static final String JOB = "limits-housekeeping";
    static final Duration EVERY = Duration.ofHours(1);
    private static final Logger LOG = Logger.getLogger(LimitsHousekeeping.class.getName());

    @Inject
    private Jobs jobs;

    @Inject
    private LimitStore store;

    @Inject
    private Clock clock;

    @Schedule(hour = "*", minute = "41", persistent = false)
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
            int removed = store.forgetExpired(clock.instant());
            if (removed > 0) {
                LOG.fine(() -> "Forgot " + removed + " counts of the limits");
            }
            return true;
        } catch (RuntimeException e) {
            // the database may be down; the next run tries again
            LOG.log(Level.WARNING, "Old counts of the limits not removed this time: {0}", e.toString());
            return false;
        }
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void whenAsked(@Observes JobDue due) {
        if (due.is(JOB)) {
            due.answer(runIfLeased());
        }
    }
}
