package org.involveportal.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.involveportal.platform.ClientLimit;

/**
 * Slows down guessing of staff passwords and one-time codes (OWASP ASVS 2.2.1) without locking anyone
 * out for good. Per account: five failures in a day are free, then each further attempt waits 1 s, 2 s,
 * 4 s ... up to 15 minutes after the last failure. Per client address: 100 failures in an hour block it
 * for an hour, whichever accounts they were against. A successful sign-in clears the account.
 *
 * <p>An attempt counts as a failure from the moment it is let through ({@link #attempt}) until
 * {@link #succeeded} says otherwise, so a burst of parallel guesses cannot all pass while the first are
 * still being hashed. A sign-in with a second step (a code from the app) calls {@link #attempt} before
 * each step and {@link #succeeded} only once fully signed in.
 *
 * <p>The counts live in this server instance's memory: a restart forgets them, and each instance behind a
 * load balancer counts on its own. Memory stays small because only attempts let through are recorded,
 * and each of those costs a password hash.
 */
public final class SignInThrottle {

    static final int FREE_FAILURES = 5;
    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    /** A day, so that waiting out the longest delay a few times an hour does not make failures free again. */
    static final Duration ACCOUNT_WINDOW = Duration.ofDays(1);
    static final int ADDRESS_LIMIT = 100;
    static final Duration ADDRESS_WINDOW = Duration.ofHours(1);
    /** Beyond this many, older failures change nothing: the longest delay has been reached. */
    private static final int ACCOUNT_KEPT = 32;
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);

    private final Clock clock;
    private final Map<String, AccountFailures> accounts = new HashMap<>();
    private final Map<String, AddressFailures> addresses = new HashMap<>();
    private Instant lastPruned = Instant.MIN;

    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * How long to wait before this attempt may be made; empty means go ahead (the attempt is then counted
     * as a failure until it succeeds). A refused attempt is not counted and must not be checked.
     *
     * @param email what was typed as the email, whether or not an account has it
     * @param address the client's address as the server saw it (behind a proxy: the address it reports)
     */
    public synchronized Optional<Duration> attempt(String email, String address) {
        Instant now = clock.instant();
        prune(now);
        String account = accountKey(email);
        String from = addressKey(address);
        var accountFailures = accounts.get(account);
        var addressFailures = addresses.get(from);
        Instant until = later(accountFailures == null ? null : accountFailures.notBefore,
                addressFailures == null ? null : addressFailures.blockedUntil);
        if (until != null && now.isBefore(until)) {
            return Optional.of(Duration.between(now, until));
        }
        accounts.computeIfAbsent(account, key -> new AccountFailures()).fail(now);
        addresses.computeIfAbsent(from, key -> new AddressFailures()).fail(now, account);
        return Optional.empty();
    }

    /** The attempts were right: the account starts afresh, and the address no longer holds them against it. */
    public synchronized void succeeded(String email, String address) {
        String account = accountKey(email);
        accounts.remove(account);
        var addressFailures = addresses.get(addressKey(address));
        if (addressFailures != null) {
            addressFailures.failures.removeIf(failure -> failure.account().equals(account));
        }
    }

    /** Delay after the nth failure of an account beyond the free ones (n from 0): 1 s, 2 s, 4 s, ... 15 min. */
    static Duration delayAfter(int beyondFree) {
        if (beyondFree >= 20) {
            return MAX_DELAY;
        }
        Duration delay = FIRST_DELAY.multipliedBy(1L << beyondFree);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    /** Emails are matched without regard to case or surrounding spaces, as sign-in matches them. */
    static String accountKey(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    /** Addresses are counted by client as {@link ClientLimit} counts them: an IPv6 client by its /64 network. */
    static String addressKey(String address) {
        return ClientLimit.clientKey(address);
    }

    /** Forgets what no longer matters, at most once a minute. */
    private void prune(Instant now) {
        if (Duration.between(lastPruned, now).compareTo(PRUNE_EVERY) < 0) {
            return;
        }
        lastPruned = now;
        accounts.values().removeIf(failures -> failures.forgotten(now));
        addresses.values().removeIf(failures -> failures.forgotten(now));
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static final class AccountFailures {

        private final ArrayDeque<Instant> failures = new ArrayDeque<>();
        private Instant notBefore;

        void fail(Instant now) {
            dropBefore(now.minus(ACCOUNT_WINDOW));
            failures.addLast(now);
            if (failures.size() > ACCOUNT_KEPT) {
                failures.removeFirst();
            }
            if (failures.size() >= FREE_FAILURES) {
                notBefore = now.plus(delayAfter(failures.size() - FREE_FAILURES));
            }
        }

        boolean forgotten(Instant now) {
            dropBefore(now.minus(ACCOUNT_WINDOW));
            return failures.isEmpty() && (notBefore == null || !now.isBefore(notBefore));
        }

        private void dropBefore(Instant start) {
            while (!failures.isEmpty() && !failures.peekFirst().isAfter(start)) {
                failures.removeFirst();
            }
        }
    }

    private record Failure(Instant at, String account) {
    }

    private static final class AddressFailures {

        private final ArrayDeque<Failure> failures = new ArrayDeque<>();
        /** Once blocked, blocked for the hour, even if a sign-in from the address then succeeds. */
        private Instant blockedUntil;

        void fail(Instant now, String account) {
            dropBefore(now.minus(ADDRESS_WINDOW));
            failures.addLast(new Failure(now, account));
            if (failures.size() > ADDRESS_LIMIT) {
                failures.removeFirst();
            }
            if (failures.size() >= ADDRESS_LIMIT) {
                blockedUntil = now.plus(ADDRESS_WINDOW);
            }
        }

        boolean forgotten(Instant now) {
            dropBefore(now.minus(ADDRESS_WINDOW));
            return failures.isEmpty() && (blockedUntil == null || !now.isBefore(blockedUntil));
        }

        private void dropBefore(Instant start) {
            while (!failures.isEmpty() && !failures.peekFirst().at().isAfter(start)) {
                failures.removeFirst();
            }
        }
    }
}
