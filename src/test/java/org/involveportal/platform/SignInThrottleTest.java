package org.involveportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.involveportal.testsupport.FakeClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final String SIAN = "sian.llewelyn@wrexham.gov.uk";
    private static final String HOME = "203.0.113.7";
    private final FakeClock clock = new FakeClock(Instant.parse("2027-01-04T09:00:00Z"));
    private final MemoryLimitStore store = new MemoryLimitStore();
    private final SignInThrottle throttle = new SignInThrottle(clock, store, "staff");

    @Test
    @DisplayName("Five failures are free; then each attempt waits 1 s, 2 s, 4 s ... after the last failure")
    void increasingDelay() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.attempt(SIAN, HOME)).as("attempt %d", i + 1).isEmpty();
        }
        assertThat(throttle.attempt(SIAN, HOME)).hasValue(Duration.ofSeconds(1));
        clock.advance(Duration.ofMillis(999));
        assertThat(throttle.attempt(SIAN, HOME)).hasValue(Duration.ofMillis(1));
        clock.advance(Duration.ofMillis(1));
        assertThat(throttle.attempt(SIAN, HOME)).as("the sixth, after 1 s").isEmpty();

        assertThat(throttle.attempt(SIAN, HOME)).hasValue(Duration.ofSeconds(2));
        clock.advance(Duration.ofSeconds(2));
        assertThat(throttle.attempt(SIAN, HOME)).as("the seventh, after 2 s").isEmpty();
        assertThat(throttle.attempt(SIAN, HOME)).hasValue(Duration.ofSeconds(4));
    }

    @Test
    @DisplayName("The delay stops growing at 15 minutes")
    void delayCapped() {
        assertThat(SignInThrottle.delayAfter(0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(SignInThrottle.delayAfter(9)).isEqualTo(Duration.ofSeconds(512));
        assertThat(SignInThrottle.delayAfter(10)).isEqualTo(Duration.ofMinutes(15));
        assertThat(SignInThrottle.delayAfter(63)).isEqualTo(Duration.ofMinutes(15));
        assertThat(SignInThrottle.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));

        Duration longest = Duration.ZERO;
        for (int i = 0; i < 60; i++) {
            var wait = throttle.attempt(SIAN, "198.51.100." + i);
            if (wait.isPresent()) {
                longest = wait.get().compareTo(longest) > 0 ? wait.get() : longest;
                clock.advance(wait.get());
                assertThat(throttle.attempt(SIAN, "198.51.100." + i)).isEmpty();
            }
        }
        assertThat(longest).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    @DisplayName("Success clears the account's count")
    void successClears() {
        for (int i = 0; i < 5; i++) {
            throttle.attempt(SIAN, HOME);
        }
        assertThat(throttle.attempt(SIAN, HOME)).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.attempt(SIAN, HOME)).isEmpty();
        throttle.succeeded(SIAN, HOME);
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.attempt(SIAN, HOME)).as("attempt %d after success", i + 1).isEmpty();
        }
        assertThat(throttle.attempt(SIAN, HOME)).hasValue(Duration.ofSeconds(1));
    }

    @Test
    @DisplayName("An attempt counts from the moment it is let through: a burst in parallel is stopped after five")
    void burst() {
        int letThrough = 0;
        for (int i = 0; i < 50; i++) {
            if (throttle.attempt(SIAN, "192.0.2." + i).isEmpty()) {
                letThrough++;
            }
        }
        assertThat(letThrough).isEqualTo(5);
    }

    @Test
    @DisplayName("Failures are forgotten after a day; the account is keyed without regard to case or spaces")
    void slidingDay() {
        for (int i = 0; i < 5; i++) {
            throttle.attempt(i % 2 == 0 ? SIAN : " Sian.Llewelyn@Wrexham.gov.uk ", HOME);
            clock.advance(Duration.ofHours(1));
        }
        assertThat(throttle.attempt(SIAN, HOME)).as("the fifth failure was an hour ago").isEmpty();
        assertThat(throttle.attempt(SIAN.toUpperCase(), HOME)).as("six failures in the day").hasValue(Duration.ofSeconds(2));

        clock.advance(Duration.ofHours(19).plusMinutes(1)); // only the first failure is now over a day old
        assertThat(throttle.attempt(SIAN, HOME)).isEmpty();
        assertThat(throttle.attempt(SIAN, HOME)).as("still six in the last day").hasValue(Duration.ofSeconds(2));
    }

    @Test
    @DisplayName("Other accounts are not slowed by one account's failures")
    void accountsApart() {
        for (int i = 0; i < 6; i++) {
            throttle.attempt(SIAN, HOME);
        }
        assertThat(throttle.attempt(SIAN, HOME)).isPresent();
        assertThat(throttle.attempt("rhys.jones@wrexham.gov.uk", HOME)).isEmpty();
    }

    @Test
    @DisplayName("An address with 100 failures in an hour, over any accounts, is blocked for the hour")
    void addressBlocked() {
        for (int i = 0; i < 99; i++) {
            assertThat(throttle.attempt("person" + i + "@example.org", HOME)).as("attempt %d", i + 1).isEmpty();
            clock.advance(Duration.ofSeconds(30));
        }
        assertThat(throttle.attempt("person99@example.org", HOME)).as("the hundredth").isEmpty();
        assertThat(throttle.attempt("someone.new@example.org", HOME)).hasValue(Duration.ofHours(1));
        assertThat(throttle.attempt("someone.new@example.org", "203.0.113.8")).as("another address").isEmpty();

        clock.advance(Duration.ofMinutes(59));
        assertThat(throttle.attempt("someone.new@example.org", HOME)).hasValue(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.attempt("someone.new@example.org", HOME)).isEmpty();
    }

    @Test
    @DisplayName("Failures spread over more than an hour do not block an address")
    void addressSlidingHour() {
        for (int i = 0; i < 150; i++) {
            assertThat(throttle.attempt("person" + i + "@example.org", HOME)).as("attempt %d", i + 1).isEmpty();
            clock.advance(Duration.ofSeconds(37));
        }
    }

    @Test
    @DisplayName("Staff signing in successfully from one office do not use up its address's allowance")
    void successesFromOneOffice() {
        for (int i = 0; i < 300; i++) {
            String email = "officer" + i + "@wrexham.gov.uk";
            assertThat(throttle.attempt(email, HOME)).as("officer %d", i).isEmpty();
            throttle.succeeded(email, HOME);
        }
        for (int i = 0; i < 99; i++) {
            throttle.attempt("guess" + i + "@example.org", HOME);
        }
        assertThat(throttle.attempt("officer0@wrexham.gov.uk", HOME)).isEmpty();
        assertThat(throttle.attempt("officer1@wrexham.gov.uk", HOME)).hasValue(Duration.ofHours(1));
    }

    @Test
    @DisplayName("IPv6 clients are counted by their /64 network; IPv4 written as IPv6 counts as itself")
    void addressKeys() {
        assertThat(SignInThrottle.addressKey("2001:db8:1:2:aaaa::1")).isEqualTo("20010db800010002::/64");
        assertThat(SignInThrottle.addressKey("[2001:DB8:1:2:ffff:ffff:ffff:ffff]")).isEqualTo("20010db800010002::/64");
        assertThat(SignInThrottle.addressKey("2001:db8:1:3::1")).isEqualTo("20010db800010003::/64");
        assertThat(SignInThrottle.addressKey("::ffff:192.0.2.1")).isEqualTo("192.0.2.1");
        assertThat(SignInThrottle.addressKey(" 192.0.2.1 ")).isEqualTo("192.0.2.1");
        assertThat(SignInThrottle.addressKey("not:an:address:zz")).isEqualTo("not:an:address:zz");
        assertThat(SignInThrottle.addressKey(null)).isEmpty();

        for (int i = 0; i < 100; i++) {
            throttle.attempt("person" + i + "@example.org", "2001:db8:1:2::" + Integer.toHexString(i + 1));
        }
        assertThat(throttle.attempt("someone.new@example.org", "2001:db8:1:2:dead:beef:0:1")).isPresent();
        assertThat(throttle.attempt("someone.new@example.org", "2001:db8:1:3::1")).isEmpty();
    }

    @Test
    @DisplayName("Tidying up forgets nothing that still counts, and what no longer counts is forgotten")
    void forgetting() {
        for (int i = 0; i < 5; i++) {
            throttle.attempt(SIAN, HOME);
        }
        clock.advance(Duration.ofMinutes(61));
        assertThat(store.forgetExpired(clock.instant())).as("the address's hour is over; the account's day is not").isEqualTo(5);
        assertThat(throttle.attempt(SIAN, HOME)).isEmpty();
        assertThat(throttle.attempt(SIAN, HOME)).as("six failures in the day").hasValue(Duration.ofSeconds(2));

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        store.forgetExpired(clock.instant());
        assertThat(store.size()).isZero();
        assertThat(throttle.attempt(SIAN, HOME)).isEmpty();
    }

    @Test
    @DisplayName("Each throttle counts apart: residents' failures never count against staff from the same address")
    void throttlesApart() {
        var residents = new SignInThrottle(clock, store, "resident-password");
        for (int i = 0; i < 6; i++) {
            residents.attempt(SIAN, HOME);
        }
        assertThat(residents.attempt(SIAN, HOME)).isPresent();
        assertThat(throttle.attempt(SIAN, HOME)).isEmpty();
    }

    @Test
    @DisplayName("A trusted proxy's own address (a request that did not say whom for) is never blocked for everyone behind it; accounts still are")
    void proxyNotOneBucket() {
        var behindProxy = new SignInThrottle(clock, store, "staff", TrustedProxies.parse("10.0.0.5")::trusts);
        for (int i = 0; i < 150; i++) {
            assertThat(behindProxy.attempt("person" + i + "@example.org", "10.0.0.5")).as("attempt %d", i + 1).isEmpty();
        }
        assertThat(behindProxy.attempt("someone.new@example.org", "10.0.0.5")).isEmpty();
        for (int i = 0; i < 5; i++) {
            behindProxy.attempt(SIAN, "10.0.0.5");
        }
        assertThat(behindProxy.attempt(SIAN, "10.0.0.5")).hasValue(Duration.ofSeconds(1));
        behindProxy.succeeded(SIAN, "10.0.0.5");
        assertThat(behindProxy.attempt(SIAN, "10.0.0.5")).isEmpty();
        for (int i = 0; i < 100; i++) {
            behindProxy.attempt("guess" + i + "@example.org", HOME);
        }
        assertThat(behindProxy.attempt("someone.else@example.org", HOME)).as("a client behind it is blocked as itself").isPresent();
    }

    @Test
    @DisplayName("An account is kept only as a digest of what was typed; an address as the client it belongs to")
    void keys() {
        assertThat(throttle.accountOf(" Sian.Llewelyn@Wrexham.gov.uk ")).isEqualTo(throttle.accountOf(SIAN));
        assertThat(throttle.accountOf(SIAN).subject()).hasSize(64).doesNotContain("sian");
        assertThat(throttle.accountOf(SIAN).scope()).isEqualTo("staff:account");
        assertThat(throttle.addressOf("2001:db8:1:2::1").subject()).isEqualTo("20010db800010002::/64");
        assertThat(throttle.addressOf("x".repeat(300)).subject()).as("never longer than a key may be").hasSize(64);
    }
}
