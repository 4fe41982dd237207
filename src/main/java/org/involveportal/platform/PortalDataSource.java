package org.involveportal.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal's one database, configured only through MicroProfile Config (environment variables
 * {@code PORTAL_DB_URL}, {@code PORTAL_DB_USER}, {@code PORTAL_DB_PASSWORD}).
 *
 * <p>Connections are validated before use (at most every 5 seconds each) and the whole pool is dropped on a failure, so the portal
 * recovers by itself when the database comes back after an outage. While it is down, pages fail fast with the error
 * page (503): a new connection gives up after 2 seconds ({@code loginTimeout}, the driver's connect timeout, for a
 * server that does not answer at all), a page waits at most 2 seconds for a free connection, and the persistence layer
 * retries a failed query once at once rather than three times 5 seconds apart ({@link ConnectWhenAvailable}).
 */
@DataSourceDefinition(
        name = PortalDataSource.JNDI_NAME,
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=portal.db.url}",
        user = "${MPCONFIG=portal.db.user}",
        password = "${MPCONFIG=portal.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        loginTimeout = 2,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            // a connection used in the last few seconds is taken as alive: checking it on every use made
            // every request queue on the server's class loader (the check loads its class each time)
            "fish.payara.validate-atmost-once-period-in-seconds=5",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
            "fish.payara.fail-all-connections=true",
            "fish.payara.max-wait-time-in-millis=2000",
            "fish.payara.connection-creation-retry-attempts=0"
        })
@ApplicationScoped
public class PortalDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/portal";
}
