package org.involveportal.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * At most so many of one kind of request from one client in a sliding window (say 20 emails asked for
 * in an hour), whatever the request is about. A request let through counts; a refused one does not,
 * and learns how long until the oldest counted request leaves the window.
 *
 * <p>A client is its address as the server saw it; IPv6 clients usually hold a whole /64 network, so the
 * network counts, not each address in it, and an IPv4 address written as IPv6 counts as itself.
 * Addresses in {@code exempt} are never limited (configuration, for a test stack's own loopback address).
 *
 * <p>Counts live in this server instance's memory: a restart forgets them, and each instance behind a
 * load balancer counts on its own. Memory is bounded by the limit times the clients seen in one window.
 */
public final class ClientLimit {

    private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);
    /** An IPv6 literal, checked before parsing so that parsing never turns into a name lookup. */
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:][0-9a-fA-F:.]*");

    private final Clock clock;
    private final int limit;
    private final Duration window;
    private final Set<String> exempt;
    private final Map<String, ArrayDeque<Instant>> clients = new HashMap<>();
    private Instant lastPruned = Instant.MIN;

    public ClientLimit(Clock clock, int limit, Duration window, Set<String> exempt) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A limit needs at least one request in a positive window");
        }
        this.clock = clock;
        this.limit = limit;
        this.window = window;
        this.exempt = exempt.stream().map(ClientLimit::clientKey).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * Counts one request from this client, or says how long to wait when the client has had its limit.
     *
     * @param address the client's address as the server saw it (behind a proxy: the address it reports)
     */
    public synchronized Optional<Duration> attempt(String address) {
        String client = clientKey(address);
        if (exempt.contains(client)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        prune(now);
        var times = clients.computeIfAbsent(client, key -> new ArrayDeque<>());
        dropBefore(times, now.minus(window));
        if (times.size() >= limit) {
            return Optional.of(Duration.between(now, times.peekFirst().plus(window)));
        }
        times.addLast(now);
        return Optional.empty();
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
                byte[] bytes = InetAddress.getByName(trimmed).getAddress();
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

    /** Forgets clients with nothing in the window, at most once a minute. */
    private void prune(Instant now) {
        if (Duration.between(lastPruned, now).compareTo(PRUNE_EVERY) < 0) {
            return;
        }
        lastPruned = now;
        Instant start = now.minus(window);
        clients.values().removeIf(times -> {
            dropBefore(times, start);
            return times.isEmpty();
        });
    }

    private static void dropBefore(ArrayDeque<Instant> times, Instant start) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(start)) {
            times.removeFirst();
        }
    }
}
