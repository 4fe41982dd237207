package org.involveportal.platform;

import java.util.logging.Logger;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.eclipse.persistence.internal.databaseaccess.DatabaseAccessor;
import org.eclipse.persistence.internal.databaseaccess.DatasourcePlatform;
import org.eclipse.persistence.sessions.Login;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.ConnectionPool;
import org.eclipse.persistence.sessions.server.ExternalConnectionPool;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * Lets the persistence unit deploy while the database is unreachable.
 *
 * <p>Payara opens an EntityManager at deployment, and EclipseLink's pool for the container's
 * DataSource then takes a test connection; with the database down, deployment would fail and the
 * portal would not start at all. Here, when that test connection fails, the pool keeps an unconnected
 * template instead; every later use takes a real connection from the container's pool (which is what
 * an external pool does anyway), so pages fail with the error page until the database is back and
 * then simply work.
 */
public class ConnectWhenAvailable implements SessionCustomizer {

    private static final Logger LOG = Logger.getLogger(ConnectWhenAvailable.class.getName());

    @Override
    public void customize(Session session) {
        if (!(session instanceof ServerSession server) || !server.getLogin().shouldUseExternalConnectionPooling()) {
            return;
        }
        // A query whose connection died (the database restarted) is retried once, at once, on a new connection; by
        // default three times 5 seconds apart, which kept each page 10 seconds before it failed during an outage.
        server.getLogin().setQueryRetryAttemptCount(1);
        server.getLogin().setDelayBetweenConnectionAttempts(0);
        // Just before login the read pool exists; the default pool would be made during login.
        server.getEventManager().addListener(new SessionEventAdapter() {
            @Override
            public void preLogin(SessionEvent event) {
                server.setReadConnectionPool(deferred(server.getReadConnectionPool(), server));
                server.getConnectionPools().replaceAll((name, pool) -> deferred(pool, server));
                var defaultPool = server.getDefaultConnectionPool();
                if (defaultPool == null || defaultPool.isThereConflictBetweenLoginAndType()) {
                    // made here as login would make it: external pooling, like the read pool
                    server.addConnectionPool(new DeferredExternalConnectionPool(
                            ServerSession.DEFAULT_POOL, server.getReadConnectionPool().getLogin(), server));
                }
            }
        });
    }

    private static ConnectionPool deferred(ConnectionPool pool, ServerSession server) {
        if (pool == null || pool.getClass() != ExternalConnectionPool.class) {
            return pool;
        }
        return new DeferredExternalConnectionPool(pool.getName(), pool.getLogin(), server);
    }

    static final class DeferredExternalConnectionPool extends ExternalConnectionPool {

        DeferredExternalConnectionPool(String name, Login login, ServerSession owner) {
            super(name, login, owner);
        }

        @Override
        public synchronized void startUp() {
            if (!StartupCheck.databaseAnsweredAtStart()) {
                // already said once, in one line, by the start's check: trying again would only log a stack trace
                deferConnecting();
                return;
            }
            try {
                super.startUp();
            } catch (DatabaseException unavailable) {
                LOG.warning(() -> "Database unavailable at startup; pool '" + getName()
                        + "' will connect on first use");
                deferConnecting();
            }
        }

        private void deferConnecting() {
            setCachedConnection(new UnconnectedAccessor(getLogin(), this));
            setIsConnected(true);
        }
    }

    /** An accessor that connects (through the container's pool) the first time it is used. */
    static final class UnconnectedAccessor extends DatabaseAccessor {

        UnconnectedAccessor(Login login, ConnectionPool pool) {
            setLogin(login);
            setDatasourcePlatform((DatasourcePlatform) login.getDatasourcePlatform());
            setPool(pool);
            this.usesExternalConnectionPooling = true;
        }
    }
}
