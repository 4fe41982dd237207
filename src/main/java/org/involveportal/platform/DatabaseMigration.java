package org.involveportal.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date with the Flyway migrations in {@code db/migration}, the schema's only
 * source. It runs at deployment; when the database is unreachable then, the portal still starts
 * (readiness stays DOWN) and the migration is retried every few seconds until it succeeds.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());
    private static final long RETRY_MILLIS = 5_000;

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Resource
    private TimerService timers;

    @Inject
    private Event<SchemaReady> schemaReady;

    private final AtomicBoolean migrated = new AtomicBoolean();

    @PostConstruct
    void migrateAtStartup() {
        if (!tryMigrate()) {
            timers.createIntervalTimer(RETRY_MILLIS, RETRY_MILLIS, new TimerConfig("schema-migration", false));
        }
    }

    @Timeout
    void retry(jakarta.ejb.Timer timer) {
        if (migrated.get() || tryMigrate()) {
            timer.cancel();
        }
    }

    /** True once the schema is current; readiness reports DOWN until then. */
    public boolean isMigrated() {
        return migrated.get();
    }

    private synchronized boolean tryMigrate() {
        if (migrated.get()) {
            return true;
        }
        try {
            var result = Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            LOG.info(() -> "Database schema is at version " + result.targetSchemaVersion
                    + " (" + result.migrationsExecuted + " migrations applied now)");
            // what needs the tables (the demo data) runs before readiness says UP, so the first
            // request after "ready" sees it
            schemaReady.fire(new SchemaReady());
            migrated.set(true);
            return true;
        } catch (RuntimeException e) {
            stopIfRefused(e);
            // One line per cause a minute: the cause is almost always "connection refused", and a line (let alone
            // a stack trace) every few seconds for an unavailable database buries everything else in the log.
            DatabaseOutageLog.migrationWaiting(e);
            return false;
        }
    }

    /** A database that answers but refuses the portal's user or has no such database will not mend by waiting. */
    private static void stopIfRefused(RuntimeException failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                var config = ConfigProvider.getConfig();
                SettingsCheck.databaseRefusal(sql,
                        config.getOptionalValue("portal.db.user", String.class).orElse(""),
                        config.getOptionalValue("portal.db.password", String.class).filter(p -> !p.isEmpty()).isPresent(),
                        config.getOptionalValue("portal.db.url", String.class).orElse(""))
                        .ifPresent(refusal -> StartupCheck.stop(java.util.List.of(refusal)));
                return;
            }
        }
    }

    /** Fired once the schema is current, for work that needs the tables (such as demo data). */
    public record SchemaReady() {
    }
}
