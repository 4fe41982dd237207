package org.involveportal.platform;

import jakarta.enterprise.inject.spi.CDI;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.queries.ModifyAllQuery;
import org.eclipse.persistence.queries.ModifyQuery;
import org.eclipse.persistence.queries.ObjectLevelModifyQuery;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Tells the portal when a commit changed something public pages may show, by the CDI event
 * {@link PublicContentChanged}. Every write the persistence session runs (an entity inserted, updated
 * or deleted, a bulk or native statement) counts, unless it only touches entities marked
 * {@link NotOnPublicPages}. The event fires on {@code postCommitUnitOfWork}: under JTA that comes in the
 * transaction's after-completion, once the database has committed and the changes are merged into the
 * shared persistence cache, so a page rendered after the event reads the new data.
 */
final class PublicContentCommits extends SessionEventAdapter {

    private static final Logger LOG = Logger.getLogger(PublicContentCommits.class.getName());

    /**
     * Writes and their commit run on one thread (the request's, or a timer's). A rolled-back transaction
     * leaves the mark set, which costs the next commit on the thread one extra clear of the cache.
     */
    private static final ThreadLocal<Boolean> CHANGED = new ThreadLocal<>();

    static void listenTo(Session session) {
        session.getEventManager().addListener(new PublicContentCommits());
    }

    @Override
    public void postExecuteQuery(SessionEvent event) {
        if (event.getQuery() instanceof ModifyQuery && showsOnPublicPages(event.getQuery())) {
            CHANGED.set(Boolean.TRUE);
        }
    }

    @Override
    public void postCommitUnitOfWork(SessionEvent event) {
        if (CHANGED.get() == null) {
            return;
        }
        CHANGED.remove();
        try {
            CDI.current().getBeanManager().getEvent().select(PublicContentChanged.class).fire(new PublicContentChanged());
        } catch (RuntimeException e) {
            // the commit has happened; a failing observer must not turn it into an error for the caller
            LOG.log(Level.WARNING, "Could not tell the portal that public content changed", e);
        }
    }

    /** False only for writes to entities marked {@link NotOnPublicPages}; native statements always count. */
    private static boolean showsOnPublicPages(DatabaseQuery query) {
        Class<?> type = null;
        if (query instanceof ObjectLevelModifyQuery objectQuery) {
            ClassDescriptor descriptor = objectQuery.getDescriptor();
            type = descriptor != null ? descriptor.getJavaClass()
                    : objectQuery.getObject() != null ? objectQuery.getObject().getClass() : null;
        } else if (query instanceof ModifyAllQuery bulk) {
            type = bulk.getReferenceClass();
        }
        return type == null || !type.isAnnotationPresent(NotOnPublicPages.class);
    }
}
