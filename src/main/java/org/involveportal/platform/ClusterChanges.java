package org.involveportal.platform;

import com.hazelcast.map.IMap;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps what each instance of a cluster holds in memory about public content (the page cache, the glossary's
 * links) in step with commits made on the others. A commit that changes public content writes a new mark into
 * the data grid before its request answers; every request first reads the mark ({@link #catchUp}), and an
 * instance that finds one it has not seen forgets what it held, as if the commit had been its own. The grid's
 * map is written and read on the member that owns the key, so the next request on any instance sees the
 * change: no message that may arrive late.
 *
 * <p>Entities are not kept between requests in cluster mode at all ({@link PortalSessionSetup}), so this
 * covers only the portal's own caches. Alone (no cluster), it does nothing.
 */
@ApplicationScoped
public class ClusterChanges {

    private static final Logger LOG = Logger.getLogger(ClusterChanges.class.getName());
    private static final String MAP = "involve.changes";
    private static final String PUBLIC_CONTENT = "public-content";

    @Inject
    private Event<PublicContentChanged> changed;

    private IMap<String, String> marks;
    /** The mark this instance last wrote or acted on. */
    private volatile String seen;

    @PostConstruct
    void join() {
        marks = Cluster.grid().<IMap<String, String>>map(grid -> grid.getMap(MAP)).orElse(null);
    }

    /** True when this instance shares changes with others. */
    public boolean clustered() {
        return marks != null;
    }

    /** A commit here changed public content: every other instance hears of it on its next request. */
    void publicContentChanged(@Observes PublicContentChanged event) {
        if (marks == null || event.elsewhere()) {
            return;
        }
        String mark = UUID.randomUUID().toString();
        seen = mark;
        try {
            marks.set(PUBLIC_CONTENT, mark);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not tell the other instances that public content changed: " + e);
        }
    }

    /** Called first on every request: forgets what this instance holds if another changed public content since. */
    public void catchUp() {
        if (marks == null) {
            return;
        }
        String mark;
        try {
            mark = marks.get(PUBLIC_CONTENT);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not read the cluster's changes; forgetting cached pages to be safe: " + e);
            changed.fire(new PublicContentChanged(true));
            return;
        }
        if (mark != null && !Objects.equals(mark, seen)) {
            seen = mark;
            changed.fire(new PublicContentChanged(true));
        }
    }
}
