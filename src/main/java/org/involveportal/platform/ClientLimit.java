package org.involveportal.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * At most so many of one kind of request from one client in a sliding window (say 20 emails asked for
 * in an hour), whatever the request is about. A request let through counts; a refused one does not,
 * and learns how long until the oldest counted request leaves the window.
 *
 * <p>A client is its real address ({@link ClientAddress}: behind a trusted proxy, the address the proxy
 * names); IPv6 clients usually hold a whole /64 network, so the network counts, not each address in it, and
 * an IPv4 address written as IPv6 counts as itself. Addresses in {@code exempt} are never limited
 * (configuration, for a test stack's own loopback address).
 *
 * <p>The counts live in the database ({@link DatabaseLimitStore}): every instance behind a load balancer
 * counts the same requests, a restart forgets none, and parallel requests take turns under the client's lock.
 */
public final class ClientLimit {

    /** An IPv6 literal, checked before parsing so that parsing never turns into a name lookup. */
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:][0-9a-fA-F:.]*");

    private final Clock clock;
    private final int limit;
    private final Duration window;
    private final Set<String> exempt;
    private final LimitStore store;
    private final String scope;

    /**
     * @param name which limit this is ("client-emails" ...): limits with different names count apart
     */
    public ClientLimit(Clock clock, int limit, Duration window, Set<String> exempt, LimitStore store, String name) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A limit needs at least one request in a positive window");
        }
        this.clock = clock;
        this.limit = limit;
        this.window = window;
        this.exempt = exempt.stream().map(ClientLimit::clientKey).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.store = store;
        this.scope = name;
    }

    /**
     * Counts one request from this client, or says how long to wait when the client has had its limit.
     *
     * @param address the client's address ({@link ClientAddress})
     */
    public Optional<Duration> attempt(String address) {
        String client = clientKey(address);
        if (exempt.contains(client)) {
            return Optional.empty();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var key = new LimitStore.Key(scope, subject(client));
        return store.locked(List.of(key), counts -> {
            Instant start = now.minus(window);
            if (counts.count(key, start) >= limit) {
                Instant oldest = counts.oldest(key, start).orElse(now);
                return Optional.of(Duration.between(now, oldest.plus(window)));
            }
            counts.add(key, null, now, now.plus(window));
            return Optional.empty();
        });
    }

    public int limit() {
        return limit;
    }

    public Duration window() {
        return window;
    }

    /** The client an address belongs to: the address itself, or its /64 network for IPv6. */
    public static String clientKey(String address) {
        if (address == null) {
            return "";
        }
        String trimmed = address.trim();
        if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
            trimmed = trimmed.substring(1, trimmed.length() - 1);
        }
        if (trimmed.indexOf(':') >= 0 && IPV6.matcher(trimmed).matches()) {
            try {
                // in brackets, the JDK parses a literal or fails: it never looks the text up as a name
                byte[] bytes = InetAddress.getByName("[" + trimmed + "]").getAddress();
                if (bytes.length == 16) {
                    return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
                }
                return InetAddress.getByAddress(bytes).getHostAddress();
            } catch (UnknownHostException notAnAddress) {
                return trimmed.toLowerCase(Locale.ROOT);
            }
        }
        return trimmed.toLowerCase(Locale.ROOT);
    }

    /** A client's key as the store keeps it: itself, or a digest when longer than a key may be. */
    static String subject(String clientKey) {
        return clientKey.length() <= 64 ? clientKey : SignInThrottle.digest(clientKey);
    }
}
