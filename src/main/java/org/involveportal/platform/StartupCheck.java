package org.involveportal.platform;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The first thing the portal does at deployment (from the persistence session's setup, which Payara runs before
 * anything else of the portal's): check the settings ({@link SettingsCheck}) and knock once on the database. A wrong
 * setting stops the process with one line per problem, {@code Involve cannot start: VARIABLE: what is wrong}, and exit
 * code 78 (configuration error), rather than leaving a server that answers every page with an error. A database that
 * does not answer yet is no reason to stop: it may still be starting, so the portal starts, retries, and readiness
 * says DOWN until it answers.
 */
public final class StartupCheck {

    /** The exit code of a start stopped by a wrong setting (sysexits' EX_CONFIG). */
    public static final int EXIT_CONFIGURATION = 78;

    private static final Logger LOG = Logger.getLogger(StartupCheck.class.getName());
    private static final int PROBE_TIMEOUT_MILLIS = 3_000;
    /** Should a shutdown hook wait for the deployment this stop interrupts, the process ends anyway. */
    private static final long HALT_AFTER_SECONDS = 15;

    private static final AtomicBoolean RAN = new AtomicBoolean();
    private static volatile boolean databaseAnsweredAtStart = true;

    private StartupCheck() {
    }

    /** Checks once per deployment; stops the process when a setting is wrong. */
    public static void run() {
        if (!RAN.compareAndSet(false, true)) {
            return;
        }
        DatabaseOutageLog.install();
        var config = ConfigProvider.getConfig();
        List<String> problems = SettingsCheck.problems(key -> config.getOptionalValue(key, String.class),
                new PasswordPolicy());
        problems = new java.util.ArrayList<>(problems);
        clusterProblem().ifPresent(problems::add);
        if (!problems.isEmpty()) {
            stop(problems);
        }
        String url = config.getValue("portal.db.url", String.class).strip();
        String user = config.getOptionalValue("portal.db.user", String.class).orElse("");
        Optional<String> password = config.getOptionalValue("portal.db.password", String.class);
        try (var connection = connect(url, user, password.orElse(""))) {
            databaseAnsweredAtStart = true;
        } catch (SQLException e) {
            var refusal = SettingsCheck.databaseRefusal(e, user, password.filter(p -> !p.isEmpty()).isPresent(), url);
            if (refusal.isPresent()) {
                stop(List.of(refusal.get()));
            }
            databaseAnsweredAtStart = false;
            LOG.warning(() -> "The database does not answer yet (" + DatabaseOutageLog.causeOf(e)
                    + "); the portal starts, retries, and /health/ready says DOWN until it answers");
        }
    }

    /** Cluster mode asked for, but Payara's data grid is off: this instance would serve what others changed, stale. */
    private static Optional<String> clusterProblem() {
        if (!Cluster.enabled()) {
            return Optional.empty();
        }
        try {
            Cluster.grid();
            return Optional.empty();
        } catch (IllegalStateException e) {
            return Optional.of("PORTAL_CLUSTER_MEMBERS: set, but Payara Micro's data grid is off; start the portal with"
                    + " src/main/payara/start-portal.sh, which turns it on for a cluster (not with --nohazelcast)");
        }
    }

    /**
     * Whether the database answered when the portal started; if not, the persistence session does not try to connect
     * while deploying (a try that would only fail, and log a page of stack trace).
     */
    public static boolean databaseAnsweredAtStart() {
        return databaseAnsweredAtStart;
    }

    /** Straight from the driver, not the pool, so the server's own answer (and its error code) comes back whole. */
    private static java.sql.Connection connect(String url, String user, String password) throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", String.valueOf(PROBE_TIMEOUT_MILLIS));
        var connection = new org.mariadb.jdbc.Driver().connect(url, properties);
        if (connection == null) {
            throw new SQLException("The MariaDB driver does not take the address");
        }
        return connection;
    }

    /**
     * Logs each problem on one line and ends the process with {@link #EXIT_CONFIGURATION}. The exit runs on a thread
     * of its own: the server's shutdown hooks undeploy, and would wait for this deployment, which is the thread that
     * called. This thread then waits for the end, so nothing more of the portal deploys.
     */
    public static void stop(List<String> problems) {
        problems.forEach(problem -> LOG.severe(() -> "Involve cannot start: " + problem));
        var halt = new Thread(() -> {
            pause(HALT_AFTER_SECONDS);
            Runtime.getRuntime().halt(EXIT_CONFIGURATION);
        }, "involve-cannot-start-halt");
        halt.setDaemon(true);
        halt.start();
        var exit = new Thread(() -> System.exit(EXIT_CONFIGURATION), "involve-cannot-start");
        exit.start();
        while (true) {
            pause(60);
        }
    }

    private static void pause(long seconds) {
        try {
            TimeUnit.SECONDS.sleep(seconds);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
