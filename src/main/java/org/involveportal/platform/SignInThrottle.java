package org.involveportal.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Slows down guessing of passwords and one-time codes (OWASP ASVS 2.2.1) without locking anyone
 * out for good. Per account: five failures in a day are free, then each further attempt waits 1 s, 2 s,
 * 4 s ... up to 15 minutes after the last failure. Per client address: 100 failures in an hour block it
 * for an hour, whichever accounts they were against. A successful sign-in clears the account, and the
 * address no longer holds that account's failures against it.
 *
 * <p>An attempt counts as a failure from the moment it is let through ({@link #attempt}) until
 * {@link #succeeded} says otherwise, so a burst of parallel guesses cannot all pass while the first are
 * still being hashed: each decision is made under a lock on the account and the address
 * ({@link LimitStore#locked}). A sign-in with a second step (a code from the app) calls {@link #attempt}
 * before each step and {@link #succeeded} only once fully signed in.
 *
 * <p>The counts live in the database ({@link DatabaseLimitStore}), so every instance behind a load balancer
 * counts the same failures and a restart forgets none. The client address is the real client's
 * ({@link ClientAddress}): behind a trusted proxy each client counts on its own, never the proxy for all of them.
 * An account is kept only as a digest of what was typed, and only for the day its failures matter.
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

    private final Clock clock;
    private final LimitStore store;
    private final String accountScope;
    private final String addressScope;
    private final Predicate<String> proxy;

    /**
     * @param name which throttle this is ("staff", "resident-password" ...): throttles with different names
     *             count apart, so residents' failures never count against staff, nor the other way round
     */
    public SignInThrottle(Clock clock, LimitStore store, String name) {
        this(clock, store, name, address -> false);
    }

    /**
     * @param proxy whether an address is a trusted proxy's ({@link TrustedProxies#trusts}): a request that reaches
     *              the portal as from a proxy itself (one that did not say whom for) may stand for every client
     *              behind it, so its failures count against accounts only, never as one address for everyone
     */
    public SignInThrottle(Clock clock, LimitStore store, String name, Predicate<String> proxy) {
        this.clock = clock;
        this.store = store;
        this.accountScope = name + ":account";
        this.addressScope = name + ":address";
        this.proxy = proxy;
    }

    /**
     * How long to wait before this attempt may be made; empty means go ahead (the attempt is then counted
     * as a failure until it succeeds). A refused attempt is not counted and must not be checked.
     *
     * @param email what was typed as the email, whether or not an account has it
     * @param address the client's address ({@link ClientAddress})
     */
    public Optional<Duration> attempt(String email, String address) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var account = accountOf(email);
        var from = proxy.test(address) ? null : addressOf(address);
        return store.locked(from == null ? List.of(account) : List.of(account, from), counts -> {
            Instant until = later(counts.notBefore(account).orElse(null), from == null ? null : counts.notBefore(from).orElse(null));
            if (until != null && now.isBefore(until)) {
                return Optional.of(Duration.between(now, until));
            }
            int accountFailures = Math.min(counts.count(account, now.minus(ACCOUNT_WINDOW)) + 1, ACCOUNT_KEPT);
            counts.add(account, null, now, now.plus(ACCOUNT_WINDOW));
            if (accountFailures >= FREE_FAILURES) {
                counts.setNotBefore(account, now.plus(delayAfter(accountFailures - FREE_FAILURES)));
            }
            if (from == null) {
                return Optional.empty();
            }
            int addressFailures = counts.count(from, now.minus(ADDRESS_WINDOW)) + 1;
            counts.add(from, account.subject(), now, now.plus(ADDRESS_WINDOW));
            if (addressFailures >= ADDRESS_LIMIT) {
                // once blocked, blocked for the hour, even if a sign-in from the address then succeeds
                counts.setNotBefore(from, now.plus(ADDRESS_WINDOW));
            }
            return Optional.empty();
        });
    }

    /** The attempts were right: the account starts afresh, and the address no longer holds them against it. */
    public void succeeded(String email, String address) {
        var account = accountOf(email);
        var from = addressOf(address);
        store.locked(List.of(account, from), counts -> {
            counts.clear(account);
            counts.forgetTagged(from, account.subject());
            return null;
        });
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

    /** The account's key: a digest of the email, so no typed address is kept. */
    LimitStore.Key accountOf(String email) {
        return new LimitStore.Key(accountScope, digest(accountKey(email)));
    }

    LimitStore.Key addressOf(String address) {
        return new LimitStore.Key(addressScope, ClientLimit.subject(addressKey(address)));
    }

    /** SHA-256 in hexadecimal: 64 characters. */
    static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
