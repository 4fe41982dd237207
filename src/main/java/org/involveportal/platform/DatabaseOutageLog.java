package org.involveportal.platform;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Filter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * One log line per cause while the database is unavailable, not a stack trace per request. Without it, each page
 * asked for during an outage logs the pool's three warnings per connection attempt, the persistence layer's trace,
 * the EJB container's trace and the web container's trace: thousands of lines from a handful of requests. Installed
 * as a filter on the server's log handlers, it lets the first report of each cause through as one line (saying what
 * the database answered, without a trace) and drops every other report of that cause for a minute.
 */
public final class DatabaseOutageLog {

    /** The same cause is said again at most this often while it lasts. */
    public static final Duration REPEAT = Duration.ofMinutes(1);

    private static final Logger LOG = Logger.getLogger(DatabaseOutageLog.class.getName());

    /** Texts by which the server's own reports of a connection that could not be made are known. */
    private static final List<String> SIGNS = List.of("Error in allocating a connection",
            "Connection could not be allocated", "Socket fail to connect", "Communications link failure",
            "RAR5038", "RAR5117", "RAR5114");
    private static final Pattern CONNECTION_NUMBER = Pattern.compile("\\(conn=\\d+\\)\\s*");
    private static final Pattern POOL_CAUSE = Pattern.compile("(?:could not be allocated because|Cause):\\s*(.+)");

    private static final DatabaseOutageLog INSTANCE = new DatabaseOutageLog(Clock.systemUTC());

    private final Clock clock;
    private final Map<String, Instant> lastSaid = new ConcurrentHashMap<>();

    DatabaseOutageLog(Clock clock) {
        this.clock = clock;
    }

    /**
     * The server's loggers that report each failed attempt to reach the database: the connection pool's, the EJB
     * container's, the web container's, the Faces exception filter's. Held here, so the filters set on them stay.
     */
    private static final List<String> SERVER_LOGGERS = List.of(
            "javax.enterprise.resource.resourceadapter.com.sun.enterprise.resource.allocator",
            "javax.enterprise.resource.resourceadapter.com.sun.enterprise.connectors",
            "javax.enterprise.resource.resourceadapter.com.sun.gjc.spi",
            "javax.enterprise.resource.resourceadapter.com.sun.enterprise.resource.pool",
            "jakarta.enterprise.ejb.container",
            "jakarta.enterprise.web.core",
            "jakarta.enterprise.web",
            "org.omnifaces.filter.FacesExceptionFilter",
            "jakarta.enterprise.resource.webcontainer.faces.lifecycle",
            "jakarta.enterprise.resource.webcontainer.faces.context");
    private static final List<Logger> FILTERED = new java.util.ArrayList<>();

    /** Puts the filter on the server's loggers that report database failures, and on the root logger's handlers. */
    static synchronized void install() {
        for (String name : SERVER_LOGGERS) {
            Logger logger = Logger.getLogger(name);
            if (!(logger.getFilter() instanceof OutageFilter)) {
                logger.setFilter(new OutageFilter(logger.getFilter()));
                FILTERED.add(logger);
            }
        }
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            Filter existing = handler.getFilter();
            if (!(existing instanceof OutageFilter)) {
                handler.setFilter(new OutageFilter(existing));
            }
        }
    }

    /** Puts the filters on again where the server has replaced what carried them. */
    public static void reinstall() {
        install();
    }

    /** Takes the filters off again (at undeployment, so the server keeps none of the portal's classes). */
    public static synchronized void uninstall() {
        for (Logger logger : FILTERED) {
            if (logger.getFilter() instanceof OutageFilter outage) {
                logger.setFilter(outage.previous);
            }
        }
        FILTERED.clear();
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            if (handler.getFilter() instanceof OutageFilter outage) {
                handler.setFilter(outage.previous);
            }
        }
    }

    /**
     * Says that a page failed because the database is unavailable, once per cause a minute (the caller answers 503).
     */
    public static void pageFailed(Throwable failure) {
        INSTANCE.sayOnce(causeOf(failure), "pages answer 503");
    }

    /** Says once a minute per cause that the schema could not be migrated yet. */
    public static void migrationWaiting(Throwable failure) {
        INSTANCE.sayOnce(causeOf(failure), "the migration is retried every few seconds; /health/ready says DOWN");
    }

    /** Whether the failure is the database being out of reach (not a fault in a query or the portal). */
    public static boolean isDatabaseUnavailable(Throwable failure) {
        boolean database = false;
        boolean connection = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getName();
            if (name.endsWith("ResourceAllocationException") || name.endsWith("PoolingException")
                    || (t.getMessage() != null && mentionsConnectionFailure(t.getMessage()))) {
                return true;
            }
            database |= t instanceof SQLException || name.startsWith("org.eclipse.persistence.exceptions.");
            connection |= t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException || t instanceof NoRouteToHostException
                    || t instanceof SocketTimeoutException || t instanceof UnknownHostException
                    || (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08"));
        }
        return database && connection;
    }

    static boolean mentionsConnectionFailure(String text) {
        return SIGNS.stream().anyMatch(text::contains);
    }

    /**
     * What the database (or the network) said, in one line, without the driver's connection number: the deepest
     * database error's message (the driver's own, which names the server), or else the root cause's.
     */
    public static String causeOf(Throwable failure) {
        Throwable root = failure;
        String driver = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            root = t;
            if (t instanceof SQLException && t.getMessage() != null && !t.getMessage().isBlank()) {
                driver = t.getMessage();
            }
        }
        String message = driver != null ? causeIn(driver)
                : root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return oneLine(message);
    }

    /** The cause a log text names: what follows the pool's "could not be allocated because", or its first line. */
    static String causeIn(String text) {
        String cause = text;
        var matcher = POOL_CAUSE.matcher(text);
        while (matcher.find()) {
            cause = matcher.group(1);
            matcher = POOL_CAUSE.matcher(cause);
        }
        cause = cause.strip();
        if (cause.endsWith("]")) {
            cause = cause.substring(0, cause.length() - 1).strip();
        }
        return oneLine(cause);
    }

    private static String oneLine(String text) {
        String line = CONNECTION_NUMBER.matcher(text.strip()).replaceAll("");
        int end = line.indexOf('\n');
        line = end < 0 ? line : line.substring(0, end);
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    /** Whether this cause has not been said in the last minute (and is now taken as said). */
    boolean firstInAMinute(String cause) {
        Instant now = clock.instant();
        boolean[] first = {false};
        lastSaid.compute(cause, (key, last) -> {
            if (last == null || !now.isBefore(last.plus(REPEAT))) {
                first[0] = true;
                return now;
            }
            return last;
        });
        return first[0];
    }

    private void sayOnce(String cause, String consequence) {
        if (firstInAMinute(cause)) {
            LOG.warning(() -> "Database unavailable: " + cause + " (" + consequence
                    + "; said again in a minute if it lasts)");
        }
    }

    /** Drops the server's reports of a database out of reach, and says each cause once a minute instead. */
    static final class OutageFilter implements Filter {

        private static final java.util.logging.Formatter FORMAT = new java.util.logging.SimpleFormatter();

        private final Filter previous;

        OutageFilter(Filter previous) {
            this.previous = previous;
        }

        @Override
        public boolean isLoggable(LogRecord record) {
            if (previous != null && !previous.isLoggable(record)) {
                return false;
            }
            // the portal's own lines say what they mean once already
            if ((record.getLoggerName() != null && record.getLoggerName().startsWith("org.involveportal."))
                    || record.getLevel().intValue() < Level.WARNING.intValue()) {
                return true;
            }
            try {
                if (record.getThrown() != null && isDatabaseUnavailable(record.getThrown())) {
                    INSTANCE.sayOnce(causeOf(record.getThrown()), "pages answer 503");
                    return false;
                }
                String message = record.getMessage() == null ? null : FORMAT.formatMessage(record);
                if (message != null && mentionsConnectionFailure(message)) {
                    INSTANCE.sayOnce(causeIn(message), "pages answer 503");
                    return false;
                }
            } catch (RuntimeException e) {
                return true; // a filter that fails must not lose the record
            }
            return true;
        }
    }
}
