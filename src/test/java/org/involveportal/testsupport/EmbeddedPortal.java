package org.involveportal.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The whole portal on one machine: an embedded MariaDB, a mail catcher (GreenMail) and Payara Micro
 * running the packaged WAR in its own process. Used by the run command and, once per build, by the
 * integration tests.
 */
public final class EmbeddedPortal implements AutoCloseable {

    private Path uploads;

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Settings settings;
    private EmbeddedDatabase database;
    private GreenMail mail;
    private PayaraMicroProcess payara;
    private int databasePort;

    private EmbeddedPortal(Settings settings) {
        this.settings = settings;
    }

    /** What differs between the run command and the tests. */
    public record Settings(
            Path war,
            Path payaraMicroJar,
            Path postBootCommands,
            Path dataDir,          // null: a throw-away database
            int httpPort,          // 0: any free port
            int smtpPort,          // 0: any free port
            boolean demoData,
            Map<String, String> extraEnvironment,
            Path payaraLog) {      // null: Payara's output goes to this console

        /** The packaged WAR and Payara Micro, as the build passes them in system properties. */
        public static Settings fromSystemProperties() {
            return new Settings(requiredPath("portal.war"), requiredPath("payara.micro.jar"),
                    requiredPath("portal.postboot"), null, 0, 0, false, Map.of(), null);
        }

        private static Path requiredPath(String property) {
            String value = System.getProperty(property);
            if (value == null) {
                throw new IllegalStateException("System property " + property + " is not set (run through Maven)");
            }
            return Path.of(value);
        }
    }

    public static EmbeddedPortal start(Settings settings) {
        var portal = new EmbeddedPortal(settings);
        try {
            int smtpPort = settings.smtpPort() == 0 ? freePort() : settings.smtpPort();
            portal.mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            portal.mail.start();
            int databasePort = freePort();
            portal.databasePort = databasePort;
            int httpPort = settings.httpPort() == 0 ? freePort() : settings.httpPort();
            // The database first, then Payara: a database that answers but is not yet made would be a wrong setting
            // (unknown database), which stops the portal at once.
            portal.database = EmbeddedDatabase.start(databasePort, settings.dataDir());
            portal.payara = PayaraMicroProcess.start(settings.payaraMicroJar(), settings.war(),
                    settings.postBootCommands(), httpPort, portal.portalEnvironment(httpPort, databasePort), settings.payaraLog());
            portal.payara.awaitStatus("health/ready", status -> status == 200, START_TIMEOUT);
            return portal;
        } catch (RuntimeException e) {
            portal.close();
            throw e;
        }
    }

    /** The settings the WAR reads through MicroProfile Config, set as production would set them. */
    private Map<String, String> portalEnvironment(int httpPort, int databasePort) {
        var env = new LinkedHashMap<String, String>();
        env.put("PORTAL_DB_URL", EmbeddedDatabase.jdbcUrl(databasePort));
        env.put("PORTAL_DB_USER", EmbeddedDatabase.USER);
        env.put("PORTAL_DB_PASSWORD", EmbeddedDatabase.PASSWORD);
        env.put("PORTAL_DEMO_DATA", String.valueOf(settings.demoData()));
        env.put("PORTAL_SMTP_HOST", "127.0.0.1");
        env.put("PORTAL_SMTP_PORT", String.valueOf(mail.getSmtp().getPort()));
        env.put("PORTAL_SMTP_STARTTLS", "false");
        env.put("PORTAL_SECURE_COOKIES", "false");
        env.put("PORTAL_BASE_URL", "http://localhost:" + httpPort);
        env.put("PORTAL_UPLOADS_DIR", uploadsDir().toString());
        // nothing is in flight when a test portal stops: no grace to wait out
        env.put("PORTAL_SHUTDOWN_GRACE_MS", "0");
        env.putAll(settings.extraEnvironment());
        return env;
    }

    /**
     * Another Payara Micro instance of the same portal: the same database, mail catcher and uploads, its own
     * port, with these settings on top of the first's (the cluster's, say). The caller closes it.
     */
    public PayaraMicroProcess startAnotherInstance(Map<String, String> settingsOnTop, Path log) {
        int httpPort = freePort();
        var env = portalEnvironment(httpPort, databasePort);
        env.putAll(settingsOnTop);
        var another = PayaraMicroProcess.start(settings.payaraMicroJar(), settings.war(), settings.postBootCommands(),
                httpPort, env, log);
        try {
            another.awaitStatus("health/ready", status -> status == 200, START_TIMEOUT);
            return another;
        } catch (RuntimeException e) {
            another.close();
            throw e;
        }
    }

    /** Receipts: beside the kept database for the run command, a folder of this portal's own for a throw-away one. */
    public Path uploadsDir() {
        if (uploads == null) {
            try {
                uploads = settings.dataDir() != null ? settings.dataDir().resolve("uploads").toAbsolutePath()
                        : java.nio.file.Files.createTempDirectory("involve-uploads-");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return uploads;
    }

    public String baseUrl() {
        return payara.baseUrl();
    }

    /** The server's process, for the benchmark's heap figures. */
    public long serverPid() {
        return payara.pid();
    }

    public String jdbcUrl() {
        return database.jdbcUrl();
    }

    /**
     * A connection to the portal's database. Closing it after a write clears the portal's page cache (with
     * test support on), as the portal cannot see writes that go round it.
     */
    public Connection connectToDatabase() throws SQLException {
        var connection = database.connect();
        return testSupport() ? PageCacheClearing.wrap(connection, this::clearPageCache) : connection;
    }

    /** Forgets every page the portal has kept (tests only). */
    public void clearPageCache() {
        var response = Http.delete(baseUrl() + "test-support/page-cache");
        if (response.statusCode() != 204) {
            throw new IllegalStateException("Could not clear the page cache: HTTP " + response.statusCode());
        }
    }

    private boolean testSupport() {
        return "true".equals(settings.extraEnvironment().get("PORTAL_TEST_CLOCK"));
    }

    /** The first column of the first row a query gives, as text; fails when it gives no row. */
    public String queryOne(String sql, Object... parameters) throws SQLException {
        try (var connection = connectToDatabase(); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new AssertionError("No row for: " + sql);
                }
                return rows.getString(1);
            }
        }
    }

    /** A {@code select count(*)} as a number. */
    public int count(String sql, Object... parameters) throws SQLException {
        return Integer.parseInt(queryOne(sql, parameters));
    }

    /** Moves the portal's clock (tests only: the portal runs with PORTAL_TEST_CLOCK=true). */
    public void moveClock(java.time.Duration offset) {
        var response = Http.put(baseUrl() + "test-support/clock?offset=" + offset);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Could not move the clock: HTTP " + response.statusCode());
        }
    }

    public GreenMail mail() {
        return mail;
    }

    public Settings settings() {
        return settings;
    }

    @Override
    public void close() {
        if (payara != null) {
            payara.close();
        }
        if (mail != null) {
            mail.stop();
        }
        if (database != null) {
            database.close();
        }
    }

    public static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A free port for a data grid member, below the range the system hands out for outgoing connections
     * (32768 and up on Linux). A member on a port in that range that stops can have its port taken as the source
     * of another member's attempt to reconnect to it, on the same machine: the attempt then connects to itself,
     * the grid takes the dead member's address for its own, and every call to that member fails from then on.
     */
    public static int gridPort() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = 20_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(12_000);
            try (var socket = new ServerSocket(port)) {
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("no free port between 20000 and 32000");
    }
}
