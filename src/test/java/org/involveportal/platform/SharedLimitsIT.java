package org.involveportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.involveportal.testsupport.EmbeddedDatabase;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.FakeClock;
import org.involveportal.testsupport.Http;
import org.involveportal.testsupport.PortalExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The throttles, limits and job leases against the portal's real database, as two instances of the portal
 * would use them: two stores (two lease holders) on the same database, with explicit instants. Each test
 * counts under names of its own, so it meets nothing another test counted.
 */
@ExtendWith(PortalExtension.class)
class SharedLimitsIT {

    private static final Instant START = Instant.parse("2027-01-04T09:00:00Z");

    @Test
    @DisplayName("A throttle reached through one instance refuses through another, and through a restarted one; success there clears it")
    void throttleShared(EmbeddedPortal portal) throws Exception {
        String name = unique("staff");
        var clock = new FakeClock(START);
        var onA = new SignInThrottle(clock, new DatabaseLimitStore(dataSource(portal)), name);
        var onB = new SignInThrottle(clock, new DatabaseLimitStore(dataSource(portal)), name);
        String email = "sian.llewelyn@wrexham.gov.uk";
        for (int i = 0; i < 5; i++) {
            assertThat((i % 2 == 0 ? onA : onB).attempt(email, "203.0.113." + i)).as("failure %d", i + 1).isEmpty();
        }
        assertThat(onB.attempt(" Sian.Llewelyn@Wrexham.gov.uk", "198.51.100.1")).hasValue(Duration.ofSeconds(1));
        var restarted = new SignInThrottle(clock, new DatabaseLimitStore(dataSource(portal)), name);
        assertThat(restarted.attempt(email, "198.51.100.2")).as("a restart forgets nothing").hasValue(Duration.ofSeconds(1));
        assertThat(portal.count("select count(*) from limit_key where scope = ? and not_before > ?", name + ":account",
                java.time.LocalDateTime.of(2027, 1, 4, 9, 0))).as("seen in SQL").isEqualTo(1);
        assertThat(portal.count("select count(*) from limit_event where scope = ? and subject like '%llewelyn%'", name + ":account"))
                .as("no typed address kept").isZero();

        clock.advance(Duration.ofSeconds(1));
        assertThat(onA.attempt(email, "203.0.113.0")).isEmpty();
        onB.succeeded(email, "203.0.113.0");
        for (int i = 0; i < 5; i++) {
            assertThat(onA.attempt(email, "203.0.113.0")).as("attempt %d after success", i + 1).isEmpty();
        }
        assertThat(onB.attempt(email, "203.0.113.0")).hasValue(Duration.ofSeconds(1));
    }

    @Test
    @DisplayName("Parallel guesses at one account through two instances: five pass, every other one waits")
    void parallelGuesses(EmbeddedPortal portal) throws Exception {
        String name = unique("staff");
        var clock = new FakeClock(START);
        var onA = new SignInThrottle(clock, new DatabaseLimitStore(dataSource(portal)), name);
        var onB = new SignInThrottle(clock, new DatabaseLimitStore(dataSource(portal)), name);
        var guesses = new ArrayList<Callable<Boolean>>();
        for (int i = 0; i < 24; i++) {
            var throttle = i % 2 == 0 ? onA : onB;
            String from = "192.0.2." + i;
            guesses.add(() -> throttle.attempt("rhys.jones@wrexham.gov.uk", from).isEmpty());
        }
        assertThat(allAtOnce(guesses).stream().filter(passed -> passed).count()).isEqualTo(5);
    }

    @Test
    @DisplayName("An address blocked after 100 failures through either instance is blocked on both; other addresses are not")
    void addressShared(EmbeddedPortal portal) throws Exception {
        String name = unique("staff");
        var clock = new FakeClock(START);
        var onA = new SignInThrottle(clock, new DatabaseLimitStore(dataSource(portal)), name);
        var onB = new SignInThrottle(clock, new DatabaseLimitStore(dataSource(portal)), name);
        for (int i = 0; i < 100; i++) {
            assertThat((i % 2 == 0 ? onA : onB).attempt("person" + i + "@example.org", "2001:db8:5:6::" + (i + 1)))
                    .as("attempt %d", i + 1).isEmpty();
        }
        assertThat(onA.attempt("someone.new@example.org", "2001:db8:5:6:ffff::1")).as("same /64").hasValue(Duration.ofHours(1));
        assertThat(onB.attempt("someone.new@example.org", "2001:db8:5:6:ffff::1")).hasValue(Duration.ofHours(1));
        assertThat(onB.attempt("someone.new@example.org", "2001:db8:5:7::1")).as("another client").isEmpty();
    }

    @Test
    @DisplayName("A limit per client counts requests through every instance; in parallel, no more pass than the limit")
    void clientLimitShared(EmbeddedPortal portal) throws Exception {
        String name = unique("client");
        var clock = new FakeClock(START);
        var onA = new ClientLimit(clock, 3, Duration.ofHours(1), Set.of(), new DatabaseLimitStore(dataSource(portal)), name);
        var onB = new ClientLimit(clock, 3, Duration.ofHours(1), Set.of(), new DatabaseLimitStore(dataSource(portal)), name);
        assertThat(onA.attempt("203.0.113.7")).isEmpty();
        clock.advance(Duration.ofMinutes(10));
        assertThat(onB.attempt("203.0.113.7")).isEmpty();
        assertThat(onA.attempt("203.0.113.7")).isEmpty();
        assertThat(onB.attempt("203.0.113.7")).as("the fourth, ten minutes after the first").hasValue(Duration.ofMinutes(50));
        assertThat(onA.attempt("203.0.113.7")).hasValue(Duration.ofMinutes(50));

        var requests = new ArrayList<Callable<Boolean>>();
        for (int i = 0; i < 16; i++) {
            var limit = i % 2 == 0 ? onA : onB;
            requests.add(() -> limit.attempt("198.51.100.77").isEmpty());
        }
        assertThat(allAtOnce(requests).stream().filter(passed -> passed).count()).isEqualTo(3);
    }

    @Test
    @DisplayName("What no longer counts is removed from the database; what still counts is kept")
    void forgetting(EmbeddedPortal portal) throws Exception {
        String name = unique("staff");
        // after anything the running portal counts, so its own housekeeping cannot remove these first
        var clock = new FakeClock(START.plus(Duration.ofDays(400)));
        var store = new DatabaseLimitStore(dataSource(portal));
        var throttle = new SignInThrottle(clock, store, name);
        for (int i = 0; i < 5; i++) {
            throttle.attempt("carys@example.org", "203.0.113.9");
        }
        store.forgetExpired(clock.instant().plus(Duration.ofMinutes(61)));
        assertThat(events(portal, name + ":address")).as("the address's hour is over").isZero();
        assertThat(events(portal, name + ":account")).as("the account's day is not").isEqualTo(5);
        assertThat(keys(portal, name + ":address")).isZero();

        store.forgetExpired(clock.instant().plus(Duration.ofDays(1)));
        assertThat(events(portal, name + ":account")).isZero();
        assertThat(keys(portal, name + ":account")).as("its wait is over too").isZero();
    }

    @Test
    @DisplayName("Two instances ask for a job's lease: one gets it and renews it, the other not until it expires; racing, only one wins")
    void lease(EmbeddedPortal portal) throws Exception {
        var leases = new JobLease(dataSource(portal));
        var otherInstance = new JobLease(dataSource(portal));
        String job = unique("job");
        var length = Duration.ofMinutes(7).plusSeconds(30);
        assertThat(leases.acquire(job, "instance-a", START, length)).isTrue();
        assertThat(otherInstance.acquire(job, "instance-b", START.plusSeconds(3), length)).as("held by a").isFalse();
        assertThat(leases.acquire(job, "instance-a", START.plus(Duration.ofMinutes(5)), length)).as("a renews").isTrue();
        assertThat(otherInstance.acquire(job, "instance-b", START.plus(Duration.ofMinutes(12)), length)).as("a's renewal holds").isFalse();
        assertThat(leases.holding(job)).hasValue(new JobLease.Holding("instance-a", START.plus(Duration.ofMinutes(5)).plus(length)));

        // a stops renewing (it died): at the next run after its lease ran out, b takes the job
        Instant expired = START.plus(Duration.ofMinutes(5)).plus(length);
        assertThat(otherInstance.acquire(job, "instance-b", expired, length)).as("b, the moment a's lease ends").isTrue();
        assertThat(leases.acquire(job, "instance-a", expired.plusSeconds(1), length)).as("a, back too late").isFalse();
        assertThat(leases.holding(job).orElseThrow().holder()).isEqualTo("instance-b");
        assertThat(portal.queryOne("select holder from job_lease where name = ?", job)).as("seen in SQL").isEqualTo("instance-b");

        String fresh = unique("job");
        var racers = new ArrayList<Callable<Boolean>>();
        for (int i = 0; i < 12; i++) {
            String holder = "instance-" + i;
            var lease = i % 2 == 0 ? leases : otherInstance;
            racers.add(() -> lease.acquire(fresh, holder, START, length));
        }
        assertThat(allAtOnce(racers).stream().filter(won -> won).count()).as("a job no one held yet").isEqualTo(1);
        String expiredJob = unique("job");
        leases.acquire(expiredJob, "instance-old", START, length);
        var takers = new ArrayList<Callable<Boolean>>();
        for (int i = 0; i < 12; i++) {
            String holder = "instance-" + i;
            takers.add(() -> otherInstance.acquire(expiredJob, holder, START.plus(Duration.ofHours(1)), length));
        }
        assertThat(allAtOnce(takers).stream().filter(won -> won).count()).as("a job whose lease expired").isEqualTo(1);
    }

    @Test
    @DisplayName("Each scheduled job runs through its lease: not while another instance holds it, then on this instance once it has expired")
    void jobsOverHttp(EmbeddedPortal portal) throws Exception {
        String here = Http.get(portal.baseUrl() + "test-support/jobs").body();
        assertThat(here).isNotBlank();
        for (String job : List.of("digests", "meeting-reminders", "draft-housekeeping", "limits-housekeeping")) {
            try (var connection = portal.connectToDatabase(); var hold = connection.prepareStatement(
                    "insert into job_lease (name, holder, expires_at) values (?, 'another-instance', utc_timestamp(6) + interval 1 day)"
                            + " on duplicate key update holder = 'another-instance', expires_at = utc_timestamp(6) + interval 1 day")) {
                hold.setString(1, job);
                hold.executeUpdate();
            }
            try {
                var refused = Http.postForm(portal.baseUrl() + "test-support/jobs?name=" + job, "");
                assertThat(refused.statusCode()).as(job).isEqualTo(200);
                assertThat(refused.body()).as(job).startsWith("not-here held-by=another-instance until=");
            } finally {
                try (var connection = portal.connectToDatabase();
                     var expire = connection.prepareStatement("update job_lease set expires_at = utc_timestamp(6) - interval 1 day where name = ?")) {
                    expire.setString(1, job);
                    expire.executeUpdate();
                }
            }
        }
        // the two that change nothing another test relies on run here once the other instance's lease has expired
        for (String job : List.of("limits-housekeeping", "draft-housekeeping")) {
            assertThat(Http.postForm(portal.baseUrl() + "test-support/jobs?name=" + job, "").body()).as(job).isEqualTo("ran");
            assertThat(Http.get(portal.baseUrl() + "test-support/jobs?name=" + job).body()).startsWith("held-by=" + here + " until=");
        }
        assertThat(Http.postForm(portal.baseUrl() + "test-support/jobs?name=no-such-job", "").statusCode()).isEqualTo(404);
    }

    private static int events(EmbeddedPortal portal, String scope) throws SQLException {
        return portal.count("select count(*) from limit_event where scope = ?", scope);
    }

    private static int keys(EmbeddedPortal portal, String scope) throws SQLException {
        return portal.count("select count(*) from limit_key where scope = ?", scope);
    }

    /** Runs every task at the same moment, each on its own thread, and gives their answers. */
    private static <T> List<T> allAtOnce(List<Callable<T>> tasks) throws Exception {
        var pool = Executors.newFixedThreadPool(tasks.size());
        try {
            var ready = new CountDownLatch(tasks.size());
            var go = new CountDownLatch(1);
            var futures = new ArrayList<java.util.concurrent.Future<T>>();
            for (var task : tasks) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return task.call();
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            var answers = new ArrayList<T>();
            for (var future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static DataSource dataSource(EmbeddedPortal portal) throws SQLException {
        var dataSource = new MariaDbDataSource(portal.jdbcUrl());
        dataSource.setUser(EmbeddedDatabase.USER);
        dataSource.setPassword(EmbeddedDatabase.PASSWORD);
        return dataSource;
    }

    private static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }
}
