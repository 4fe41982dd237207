package org.involveportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.involveportal.testsupport.EmbeddedDatabase;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.PortalExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Instances of a cluster started together each migrate the schema at start ({@link DatabaseMigration}): Flyway
 * takes MariaDB's named lock, so each migration runs once and the later instances find the schema current.
 * Against an empty database of its own in the shared test portal's MariaDB, with the portal's own migrations
 * and Flyway set up as {@link DatabaseMigration} sets it up.
 */
@ExtendWith(PortalExtension.class)
class MigrationsTogetherIT {

    private static final int INSTANCES = 3;

    @Test
    @DisplayName("Three instances migrating an empty database at the same moment apply each migration once")
    void eachMigrationRunsOnce(EmbeddedPortal portal) throws Exception {
        String database = "together_" + UUID.randomUUID().toString().substring(0, 8);
        String serverUrl = portal.jdbcUrl().substring(0, portal.jdbcUrl().lastIndexOf('/') + 1);
        try (var connection = DriverManager.getConnection(serverUrl, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD)) {
            connection.createStatement().execute("create database " + database + " character set utf8mb4 collate utf8mb4_unicode_ci");
        }
        String url = serverUrl + database;
        var start = new CountDownLatch(1);
        var executor = Executors.newFixedThreadPool(INSTANCES);
        try {
            var results = new ArrayList<Future<MigrateResult>>();
            for (int i = 0; i < INSTANCES; i++) {
                results.add(executor.submit(() -> {
                    start.await();
                    return Flyway.configure().dataSource(url, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD)
                            .locations("classpath:db/migration").load().migrate();
                }));
            }
            start.countDown();
            int applied = 0;
            String version = null;
            for (var result : results) {
                var migrated = result.get(5, TimeUnit.MINUTES);
                assertThat(migrated.success).isTrue();
                applied += migrated.migrationsExecuted;
                version = migrated.targetSchemaVersion != null ? migrated.targetSchemaVersion : version;
            }
            try (var connection = DriverManager.getConnection(url, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
                 var history = connection.createStatement().executeQuery("select count(*), count(distinct version),"
                         + " sum(success = false) from flyway_schema_history where version is not null")) {
                history.next();
                int rows = history.getInt(1);
                long files;
                try (var migrations = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/migration"))) {
                    files = migrations.filter(file -> file.getFileName().toString().matches("V\\d+__.+\\.sql")).count();
                }
                assertThat(rows).as("migrations recorded").isEqualTo(files);
                assertThat(history.getInt(2)).as("each version recorded once").isEqualTo(rows);
                assertThat(history.getInt(3)).as("failed migrations").isZero();
                assertThat(applied).as("migrations applied by the three instances together").isEqualTo(rows);
            }
            assertThat(version).isNotNull();
        } finally {
            executor.shutdownNow();
            try (var connection = DriverManager.getConnection(serverUrl, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD)) {
                connection.createStatement().execute("drop database if exists " + database);
            }
        }
    }
}
