package org.involveportal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Scheduled work runs once across the cluster: every instance's timer fires, and each asks
 * {@link #runHere} first; only the instance that gets the job's lease ({@link JobLease}) runs it.
 *
 * <p>A lease lasts half the time between runs (at most 30 minutes): long enough that an instance whose timer
 * fires a little later than the holder's finds the lease taken, short enough that at the next run it has
 * expired, so when the holder has stopped another instance runs the job then. The work itself stays safe to
 * run twice (each job marks what it sent in the same transaction), so a run cut short is simply done again.
 */
@ApplicationScoped
public class Jobs {

    private static final Duration LONGEST_LEASE = Duration.ofMinutes(30);

    /** This instance, as a lease names it: the host, the process, and a random part for a restart with the same pid. */
    public static final String HOLDER = holderName();

    @Inject
    private JobLease leases;

    @Inject
    private Clock clock;

    /** Whether this instance runs the job now: true when it has taken or renewed the job's lease. */
    public boolean runHere(String job, Duration every) {
        return leases.acquire(job, HOLDER, clock.instant(), leaseFor(every));
    }

    /** How long a lease lasts for a job run this often. */
    static Duration leaseFor(Duration every) {
        Duration half = every.dividedBy(2);
        return half.compareTo(LONGEST_LEASE) > 0 ? LONGEST_LEASE : half;
    }

    private static String holderName() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            host = "instance";
        }
        byte[] random = new byte[4];
        ThreadLocalRandom.current().nextBytes(random);
        String name = host + "/" + ProcessHandle.current().pid() + "/" + HexFormat.of().formatHex(random);
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
