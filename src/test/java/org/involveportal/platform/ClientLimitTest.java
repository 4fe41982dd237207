package org.involveportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ClientLimitTest {

    private static final String LIBRARY = "203.0.113.7";
    private final MovingClock clock = new MovingClock(Instant.parse("2027-01-04T09:00:00Z"));
    private final MemoryLimitStore store = new MemoryLimitStore();
    private final ClientLimit emails = new ClientLimit(clock, ClientLimits.EMAILS_PER_HOUR, Duration.ofHours(1), Set.of(), store, "client-test");

    @Test
    @DisplayName("Twenty emails an hour from one client, whatever addresses they go to; the 21st waits for the oldest to leave the hour")
    void emailsPerClient() {
        for (int i = 0; i < 20; i++) {
            assertThat(emails.attempt(LIBRARY)).as("email %d", i + 1).isEmpty();
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(emails.attempt(LIBRARY)).as("the 21st, 20 minutes after the first").hasValue(Duration.ofMinutes(40));
        assertThat(emails.attempt(LIBRARY)).as("a refused request does not count, nor lengthen the wait").hasValue(Duration.ofMinutes(40));
        assertThat(emails.attempt("198.51.100.1")).as("another client").isEmpty();
        clock.advance(Duration.ofMinutes(40));
        assertThat(emails.attempt(LIBRARY)).as("an hour after the first").isEmpty();
        assertThat(emails.attempt(LIBRARY)).as("the second is still within the hour").isPresent();
    }

    @Test
    @DisplayName("A library's shared computers never meet the response limit: 40 computers sending every five minutes all day")
    void responsesFromALibrary() {
        var responses = new ClientLimit(clock, ClientLimits.RESPONSES_PER_HOUR, Duration.ofHours(1), Set.of(), store, "client-test");
        for (int minute = 0; minute < 8 * 60; minute += 5) {
            for (int computer = 0; computer < 40; computer++) {
                assertThat(responses.attempt(LIBRARY)).as("minute %d, computer %d", minute, computer).isEmpty();
            }
            clock.advance(Duration.ofMinutes(5));
        }
    }

    @Test
    @DisplayName("A script sending responses back to back is stopped at 500 in the hour")
    void responsesFromAScript() {
        var responses = new ClientLimit(clock, ClientLimits.RESPONSES_PER_HOUR, Duration.ofHours(1), Set.of(), store, "client-test");
        for (int i = 0; i < 500; i++) {
            assertThat(responses.attempt(LIBRARY)).isEmpty();
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(responses.attempt(LIBRARY)).isPresent();
    }

    @Test
    @DisplayName("An IPv6 client counts by its /64 network; IPv4 written as IPv6 counts as itself")
    void addressesAsClients() {
        var two = new ClientLimit(clock, 2, Duration.ofHours(1), Set.of(), store, "client-test");
        assertThat(two.attempt("2001:db8:1:2::1")).isEmpty();
        assertThat(two.attempt("[2001:db8:1:2:ffff::99]")).isEmpty();
        assertThat(two.attempt("2001:0DB8:0001:0002::7")).as("same /64").isPresent();
        assertThat(two.attempt("2001:db8:1:3::1")).as("another /64").isEmpty();
        assertThat(ClientLimit.clientKey("::ffff:192.0.2.1")).isEqualTo("192.0.2.1");
        assertThat(ClientLimit.clientKey(" 192.0.2.1 ")).isEqualTo("192.0.2.1");
        assertThat(ClientLimit.clientKey("not.a.name:80")).as("never looked up").isEqualTo("not.a.name:80");
    }

    @Test
    @DisplayName("Configured exempt clients are never limited; others are")
    void exempt() {
        var one = new ClientLimit(clock, 1, Duration.ofHours(1), Set.of("127.0.0.1"), store, "client-test");
        for (int i = 0; i < 5; i++) {
            assertThat(one.attempt("127.0.0.1")).isEmpty();
        }
        assertThat(one.attempt("127.0.0.2")).isEmpty();
        assertThat(one.attempt("127.0.0.2")).isPresent();
    }

    @Test
    @DisplayName("Clients forgotten after the window hold no memory and start afresh")
    void forgetting() {
        var one = new ClientLimit(clock, 1, Duration.ofMinutes(10), Set.of(), store, "client-test");
        assertThat(one.attempt(LIBRARY)).isEmpty();
        assertThat(one.attempt(LIBRARY)).hasValue(Duration.ofMinutes(10));
        clock.advance(Duration.ofMinutes(10));
        assertThat(one.attempt(LIBRARY)).isEmpty();
    }

    @Test
    @DisplayName("Limits with different names count apart")
    void limitsApart() {
        var one = new ClientLimit(clock, 1, Duration.ofHours(1), Set.of(), store, "client-emails");
        var other = new ClientLimit(clock, 1, Duration.ofHours(1), Set.of(), store, "client-responses");
        assertThat(one.attempt(LIBRARY)).isEmpty();
        assertThat(other.attempt(LIBRARY)).isEmpty();
        assertThat(one.attempt(LIBRARY)).isPresent();
    }

    private static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant start) {
            now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
