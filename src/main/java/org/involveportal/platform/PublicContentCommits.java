package org.involveportal.platform;

import jakarta.enterprise.inject.spi.CDI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.AggregateCollectionMapping;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectCollectionMapping;
import org.eclipse.persistence.mappings.ManyToManyMapping;
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
 * or deleted, its collections, a bulk or native statement) counts, unless it only touches the tables of
 * entities marked {@link NotOnPublicPages}: sending a response clears nothing. The event fires on {@code postCommitUnitOfWork}: under JTA that comes in the
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

    /** The table a native or mapping write statement writes to. */
    private static final Pattern WRITTEN_TABLE = Pattern.compile(
            "\\s*(?:insert\\s+(?:ignore\\s+)?into|update|delete\\s+from|replace\\s+into)\\s+([`\\w.]+)", Pattern.CASE_INSENSITIVE);

    static void listenTo(Session session) {
        session.getEventManager().addListener(new PublicContentCommits());
    }

    /** The tables of the entities marked {@link NotOnPublicPages}, with their collection tables; found on first use. */
    private volatile Set<String> privateTables;

    @Override
    public void postExecuteQuery(SessionEvent event) {
        if (event.getQuery() instanceof ModifyQuery && showsOnPublicPages(event.getQuery(), event.getSession())) {
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

    /**
     * False only for writes to the tables of entities marked {@link NotOnPublicPages}: the entity's own
     * rows, its element collections (answers, say), join tables and the tables it names, by entity or by SQL. A statement
     * whose table cannot be told counts as public.
     */
    private boolean showsOnPublicPages(DatabaseQuery query, Session session) {
        var tables = privateTables;
        if (tables == null) {
            tables = tablesNotOnPublicPages(session);
            privateTables = tables;
        }
        if (query instanceof ModifyAllQuery bulk) {
            return bulk.getReferenceClass() == null || !bulk.getReferenceClass().isAnnotationPresent(NotOnPublicPages.class);
        }
        if (query instanceof ObjectLevelModifyQuery objectQuery && objectQuery.getDescriptor() != null) {
            var names = tableNamesOf(objectQuery.getDescriptor());
            return names.isEmpty() || !tables.containsAll(names);
        }
        String sql = query.getSQLString();
        var table = sql == null ? null : WRITTEN_TABLE.matcher(sql);
        return table == null || !table.lookingAt() || !tables.contains(bareName(table.group(1)));
    }

    private static Set<String> tablesNotOnPublicPages(Session session) {
        var tables = new HashSet<String>();
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (descriptor.getJavaClass() == null || !descriptor.getJavaClass().isAnnotationPresent(NotOnPublicPages.class)) {
                continue;
            }
            tables.addAll(tableNamesOf(descriptor));
            for (String also : descriptor.getJavaClass().getAnnotation(NotOnPublicPages.class).tables()) {
                tables.add(bareName(also));
            }
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (mapping instanceof DirectCollectionMapping collection && collection.getReferenceTableName() != null) {
                    tables.add(bareName(collection.getReferenceTableName()));
                } else if (mapping instanceof AggregateCollectionMapping aggregates && aggregates.getReferenceDescriptor() != null) {
                    tables.addAll(tableNamesOf(aggregates.getReferenceDescriptor()));
                } else if (mapping instanceof ManyToManyMapping joined && joined.getRelationTableName() != null) {
                    tables.add(bareName(joined.getRelationTableName()));
                }
            }
        }
        return Set.copyOf(tables);
    }

    private static List<String> tableNamesOf(ClassDescriptor descriptor) {
        var names = new ArrayList<String>();
        for (Object name : descriptor.getTableNames()) {
            names.add(bareName(String.valueOf(name)));
        }
        return names;
    }

    /** {@code `involve`.`response`} and {@code RESPONSE} are both {@code response}. */
    private static String bareName(String name) {
        String bare = name.replace("`", "");
        return bare.substring(bare.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }
}
