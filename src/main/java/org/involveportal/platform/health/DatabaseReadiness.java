package org.involveportal.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.involveportal.platform.DatabaseMigration;
import org.involveportal.platform.PortalDataSource;

/** Ready only while the database answers and its schema is current. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private DatabaseMigration migration;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        boolean reachable = isReachable();
        boolean migrated = migration.isMigrated();
        // Only yes/no facts and a fixed sentence: health output is public, so no URLs, versions or error texts
        // (the log has those).
        response.status(reachable && migrated)
                .withData("reachable", reachable)
                .withData("schemaCurrent", migrated);
        reason(reachable, migrated).ifPresent(reason -> response.withData("reason", reason));
        return response.build();
    }

    /** Why the portal is not ready, in one line an operator can act on; empty when it is. */
    static java.util.Optional<String> reason(boolean reachable, boolean migrated) {
        if (!reachable) {
            return java.util.Optional.of("The database does not answer; the portal keeps trying, and its log says"
                    + " what the database or the network answered.");
        }
        if (!migrated) {
            return java.util.Optional.of("The database answers, but its schema is not up to date yet; the migration"
                    + " is retried every few seconds, and the log says why it failed.");
        }
        return java.util.Optional.empty();
    }

    private boolean isReachable() {
        try (var connection = dataSource.getConnection()) {
            return connection.isValid(VALIDATION_TIMEOUT_SECONDS);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
