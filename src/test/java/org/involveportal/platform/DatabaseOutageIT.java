package org.involveportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.involveportal.testsupport.EmbeddedDatabase;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.Http;
import org.involveportal.testsupport.NoLeaks;
import org.involveportal.testsupport.PayaraMicroProcess;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Production mode against a database that is down: the portal must start anyway, say it is not ready,
 * answer pages with the error page, and recover by itself when the database comes back. Runs its own
 * Payara Micro, so the shared portal is not disturbed.
 */
class DatabaseOutageIT {

    @Test
    @DisplayName("With the database down the portal starts, is not ready and shows the error page; it recovers without a restart")
    void startsWhileDatabaseIsDownAndRecovers() throws Exception {
        var build = EmbeddedPortal.Settings.fromSystemProperties();
        int databasePort = EmbeddedPortal.freePort();
        var environment = Map.of(
                "PORTAL_DB_URL", "jdbc:mariadb://127.0.0.1:" + databasePort + "/" + EmbeddedDatabase.NAME,
                "PORTAL_DB_USER", EmbeddedDatabase.USER,
                "PORTAL_DB_PASSWORD", EmbeddedDatabase.PASSWORD,
                "PORTAL_SECURE_COOKIES", "false");

        var log = java.nio.file.Path.of("target", "it-outage-payara.log").toAbsolutePath();
        try (var payara = PayaraMicroProcess.start(build.payaraMicroJar(), build.war(), build.postBootCommands(),
                EmbeddedPortal.freePort(), environment, log)) {
            payara.awaitStatus("health/live", status -> status == 200, Duration.ofMinutes(3));

            var readiness = Http.get(payara.baseUrl() + "health/ready");
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).contains("\"status\":\"DOWN\"").doesNotContain(String.valueOf(databasePort))
                    .contains("\"reason\":\"The database does not answer; the portal keeps trying");

            assertThat(Http.get(payara.baseUrl() + "test-support/clock").statusCode())
                    .as("the test clock does not exist in production mode").isEqualTo(404);
            assertThat(Http.get(payara.baseUrl() + "test-support/staff-sign-in?email=admin%40example.gov.uk").statusCode())
                    .as("the quick staff sign-in does not exist in production mode").isEqualTo(404);
            assertThat(Http.get(payara.baseUrl() + "test-support/axe.min.js").statusCode())
                    .as("the browser tests' script is not served in production mode").isEqualTo(404);

            var home = Http.get(payara.baseUrl());
            assertThat(home.statusCode()).as("the service is unavailable, not broken").isEqualTo(503);
            assertThat(Jsoup.parse(home.body()).select("h1").text())
                    .isEqualTo("Sorry, there is a problem with the service");
            NoLeaks.assertNoServerDetails(home);
            var welsh = Http.get(payara.baseUrl() + "cy/consultations");
            assertThat(welsh.statusCode()).isEqualTo(503);
            assertThat(Jsoup.parse(welsh.body()).select("html").attr("lang")).as("in the visitor's language").isEqualTo("cy");

            var dataDir = java.nio.file.Files.createTempDirectory(java.nio.file.Path.of("target"), "it-outage-db");
            try (var database = EmbeddedDatabase.start(databasePort, dataDir)) {
                // The migration is retried on a timer; readiness turns UP once the schema is current.
                payara.awaitStatus("health/ready", status -> status == 200, Duration.ofMinutes(1));
                assertHomePageWorks(payara);
            }

            // Down again after working: the pool's dead connections must not outlive the outage.
            payara.awaitStatus("health/ready", status -> status == 503, Duration.ofSeconds(30));
            // A page already rendered is still served from the page cache; one that needs the database is the error page.
            assertThat(Http.get(payara.baseUrl()).statusCode()).as("the home page, kept").isEqualTo(200);
            for (String page : java.util.List.of("consultations", "groups", "activities", "training", "calendar")) {
                var list = Http.get(payara.baseUrl() + page);
                assertThat(list.statusCode()).as("a page not kept: " + page).isEqualTo(503);
                NoLeaks.assertNoServerDetails(list);
            }
            // one line per cause, not the pool's, persistence layer's, EJB container's and web container's traces
            String logged = java.nio.file.Files.readString(log);
            String sinceMigrated = logged.substring(logged.indexOf("Database schema is at version"));
            assertThat(sinceMigrated).doesNotContain("Local Exception Stack").doesNotContain("Servlet.service() for servlet");
            assertThat(sinceMigrated.lines().filter(line -> line.startsWith("\tat ") || line.startsWith("    at ")).count())
                    .as("stack-trace lines once the portal has run").isZero();
            assertThat(logged.lines().filter(line -> line.contains("Database unavailable: ")).count())
                    .as("lines saying the database is unavailable, over a test of well under two minutes").isBetween(1L, 6L);

            try (var database = EmbeddedDatabase.start(databasePort, dataDir)) {
                payara.awaitStatus("health/ready", status -> status == 200, Duration.ofMinutes(1));
                assertHomePageWorks(payara);
            }
        }
    }

    private static void assertHomePageWorks(PayaraMicroProcess payara) {
        var home = Http.get(payara.baseUrl());
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(home.body()).select("h1").text()).isEqualTo("Have your say about adult social care");
        // production mode: no demo data unless asked
        assertThat(home.body()).doesNotContain("Carers Forum");
    }
}
