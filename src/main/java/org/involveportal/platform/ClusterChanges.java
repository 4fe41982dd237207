package org.involveportal.platform;

import com.hazelcast.map.IMap;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps what each instance of a cluster holds in memory about public pages (the page cache, the glossary's links)
 * in step with commits made on the others. A commit that changes public content writes a new mark into the data
 * grid before its request answers; every request first reads the mark ({@link #catchUp}), and an instance that
 * finds one it has not seen forgets its pages, as if the commit had been its own. The grid's map is written and
 * read on the member that owns the key (with a synchronous backup), so the next request on any instance sees the
 * change: no message that may arrive late. Entities are not kept between transactions in a cluster at all
 * ({@link PortalSessionSetup}).
 *
 * <p>Alone (no cluster), it does nothing: every write goes through this instance's caches.
 */
@ApplicationScoped
public class ClusterChanges {

    private static final Logger LOG = Logger.getLogger(ClusterChanges.class.getName());
    private static final String MAP = "involve.changes";
    private static final String PUBLIC_CONTENT = "public-content";
    private static final Set<String> MARKS = Set.of(PUBLIC_CONTENT);
    /**
     * The longest a request waits on the grid: while the grid notices an instance that died, its calls can hang
     * for a minute. A request that cannot read the marks in time forgets everything instead, to be safe.
     */
    private static final long GRID_WAIT_MILLIS = 2_000;
    private static final long LOG_EVERY_MILLIS = 60_000;

    @Inject
    private Event<PublicContentChanged> publicContentChanged;

    private IMap<String, String> marks;
    /** Marks this instance writes start with its own id: its own commits never make it forget anything. */
    private final String instance = UUID.randomUUID() + "/";
    /** The last mark of another instance this one acted on, by key. */
    private final Map<String, String> seen = new java.util.concurrent.ConcurrentHashMap<>();
    /** When the grid last failed to answer was logged: one line a minute, not one per request. */
    private final java.util.concurrent.atomic.AtomicLong loggedAt = new java.util.concurrent.atomic.AtomicLong();

    @PostConstruct
    void join() {
        marks = Cluster.grid().<IMap<String, String>>map(grid -> grid.getMap(MAP)).orElse(null);
    }

    /** Joins the grid as the portal starts, so a cluster without its grid is found at once, not at the first request. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        LOG.info(() -> marks == null ? "Running alone (no cluster)" : "Running in a cluster: caches kept in step through the data grid");
    }

    /** True when this instance shares changes with others. */
    public boolean clustered() {
        return marks != null;
    }

    /** A commit here changed public content: every other instance forgets its pages on its next request. */
    void publicContentChanged(@Observes PublicContentChanged event) {
        if (marks != null && !event.elsewhere()) {
            mark(PUBLIC_CONTENT);
        }
    }

    /**
     * Writes a new mark of this instance. The mark it replaces may be another instance's, written after this one
     * last caught up: that commit must not be missed because this one wrote over it, so it is acted on now.
     */
    private void mark(String key) {
        try {
            catchUpWith(key, marks.putAsync(key, instance + UUID.randomUUID()).toCompletableFuture()
                    .get(GRID_WAIT_MILLIS, TimeUnit.MILLISECONDS));
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            gridFailed("Could not tell the other instances of a commit", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Called first on every request: forgets what another instance's commits made stale since the last request. */
    public void catchUp() {
        if (marks == null) {
            return;
        }
        var reads = new java.util.HashMap<String, java.util.concurrent.CompletableFuture<String>>();
        for (String key : MARKS) {
            reads.put(key, marks.getAsync(key).toCompletableFuture());
        }
        for (String key : MARKS) {
            try {
                catchUpWith(key, reads.get(key).get(GRID_WAIT_MILLIS, TimeUnit.MILLISECONDS));
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                gridFailed("Could not read the other instances' commits; forgetting what is kept, to be safe", e);
                forget(key);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                forget(key);
            }
        }
    }

    private void catchUpWith(String key, String mark) {
        if (mark == null || mark.startsWith(instance) || mark.equals(seen.get(key))) {
            return;
        }
        // forgotten first, taken as seen after: a request arriving meanwhile forgets again rather than read stale data
        forget(key);
        seen.put(key, mark);
    }

    private void gridFailed(String what, Exception e) {
        long now = System.currentTimeMillis();
        long last = loggedAt.get();
        if (now - last >= LOG_EVERY_MILLIS && loggedAt.compareAndSet(last, now)) {
            LOG.log(Level.WARNING, "{0}: {1} (said once a minute)", new Object[] {what, e.toString()});
        }
    }

    private void forget(String key) {
        publicContentChanged.fire(new PublicContentChanged(true));
    }
}
