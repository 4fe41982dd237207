package org.involveportal.platform;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reverse proxies (and load balancers) whose {@code X-Forwarded-For} the portal believes: addresses or
 * CIDR ranges from the setting {@code PORTAL_TRUSTED_PROXIES}, comma-separated, none by default.
 *
 * <p>{@link #clientOf} finds the client a request came from. When the direct peer is not a trusted proxy it is
 * the client, and any {@code X-Forwarded-For} it sent is ignored (anyone can write one). When the peer is
 * trusted, {@code X-Forwarded-For} is read from right to left, skipping trusted proxies: the first address not
 * trusted is the client. Each proxy appends the address it was connected from, so what lies left of that
 * address was written by the client, or by proxies the portal does not know, and is never believed. An entry
 * that is not an address (a name, "unknown", a typing error) ends the reading: the client is then the last
 * trusted hop read, as it is when every hop is trusted.
 *
 * <p>Addresses are only ever parsed as literals, never looked up by name.
 */
public final class TrustedProxies {

    /** The setting, as an environment variable. */
    public static final String SETTING = "PORTAL_TRUSTED_PROXIES";
    /** More hops than any real chain of proxies; beyond them the header is not read. */
    static final int MAX_HOPS = 20;

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]+");
    private static final Pattern PORT = Pattern.compile("\\d{1,5}");

    private static final TrustedProxies NONE = new TrustedProxies(List.of());

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** No proxy trusted: {@code X-Forwarded-For} is never read. */
    public static TrustedProxies none() {
        return NONE;
    }

    /**
     * Reads the setting: addresses and CIDR ranges ({@code 10.0.0.5, 10.1.0.0/16, fd00::/8}), separated by commas.
     *
     * @throws IllegalArgumentException naming the setting and the entry that is neither
     */
    public static TrustedProxies parse(String setting) {
        if (setting == null || setting.isBlank()) {
            return NONE;
        }
        var ranges = new ArrayList<Range>();
        for (String entry : setting.split(",")) {
            String trimmed = entry.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            ranges.add(Range.parse(trimmed).orElseThrow(() -> new IllegalArgumentException(SETTING + ": \"" + trimmed
                    + "\" is not an IP address or a CIDR range (such as 10.0.0.0/8); names are not looked up")));
        }
        return new TrustedProxies(ranges);
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** Whether this address (a literal) is one of the trusted proxies. */
    public boolean trusts(String address) {
        return literal(address).map(this::trusts).orElse(false);
    }

    private boolean trusts(InetAddress address) {
        for (var range : ranges) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The client's address.
     *
     * @param peer the address the connection came from ({@code getRemoteAddr()})
     * @param forwardedFor every {@code X-Forwarded-For} header of the request, in the order received
     */
    public String clientOf(String peer, List<String> forwardedFor) {
        var direct = literal(peer);
        if (direct.isEmpty()) {
            return peer == null ? "" : peer.trim();
        }
        InetAddress client = direct.get();
        if (ranges.isEmpty() || !trusts(client) || forwardedFor == null || forwardedFor.isEmpty()) {
            return text(client);
        }
        var hops = new ArrayList<String>();
        for (String header : forwardedFor) {
            if (header != null) {
                hops.addAll(Arrays.asList(header.split(",", -1)));
            }
        }
        for (int i = hops.size() - 1, read = 0; i >= 0 && read < MAX_HOPS; i--, read++) {
            var hop = hopAddress(hops.get(i).trim());
            if (hop.isEmpty()) {
                break; // not an address: nothing further left can be believed
            }
            client = hop.get();
            if (!trusts(client)) {
                break;
            }
        }
        return text(client);
    }

    /** An address in {@code X-Forwarded-For}: a literal, IPv6 perhaps in brackets, either perhaps with a port. */
    static Optional<InetAddress> hopAddress(String hop) {
        if (hop.startsWith("[")) {
            int close = hop.indexOf(']');
            if (close < 0) {
                return Optional.empty();
            }
            String rest = hop.substring(close + 1);
            if (!rest.isEmpty() && !(rest.startsWith(":") && PORT.matcher(rest.substring(1)).matches())) {
                return Optional.empty();
            }
            return literal(hop.substring(1, close));
        }
        int colon = hop.indexOf(':');
        if (colon > 0 && colon == hop.lastIndexOf(':')) { // one colon: an IPv4 address and a port
            return PORT.matcher(hop.substring(colon + 1)).matches() ? ipv4(hop.substring(0, colon)) : Optional.empty();
        }
        return literal(hop);
    }

    /** An IPv4 or IPv6 address written as a literal (IPv6 perhaps in brackets); anything else is empty. */
    public static Optional<InetAddress> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
            trimmed = trimmed.substring(1, trimmed.length() - 1);
        }
        if (trimmed.indexOf(':') < 0) {
            return ipv4(trimmed);
        }
        if (trimmed.length() > 45 || !IPV6.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        try {
            // in brackets, the JDK parses a literal or fails: it never turns the text into a name lookup
            return Optional.of(InetAddress.getByName("[" + trimmed + "]"));
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
    }

    private static Optional<InetAddress> ipv4(String text) {
        if (!IPV4.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException cannotHappen) {
            return Optional.empty();
        }
    }

    /** How an address is written for the limits: IPv4 dotted, IPv6 in full (an IPv4-mapped one as IPv4). */
    private static String text(InetAddress address) {
        return address.getHostAddress();
    }

    @Override
    public String toString() {
        return ranges.toString();
    }

    /** An address and how many of its leading bits a match needs. */
    private record Range(byte[] network, int bits, String written) {

        static Optional<Range> parse(String text) {
            int slash = text.indexOf('/');
            var address = literal(slash < 0 ? text : text.substring(0, slash));
            if (address.isEmpty()) {
                return Optional.empty();
            }
            byte[] bytes = address.get().getAddress();
            int bits = bytes.length * 8;
            if (slash >= 0) {
                String prefix = text.substring(slash + 1).trim();
                if (!prefix.matches("\\d{1,3}")) {
                    return Optional.empty();
                }
                int wanted = Integer.parseInt(prefix);
                // an IPv4-mapped IPv6 range (::ffff:10.0.0.0/104) is read as the IPv4 range it names
                if (address.get() instanceof Inet4Address && text.substring(0, slash).contains(":")) {
                    wanted -= 96;
                }
                if (wanted < 0 || wanted > bits) {
                    return Optional.empty();
                }
                bits = wanted;
            }
            return Optional.of(new Range(bytes, bits, text));
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            int whole = bits / 8;
            for (int i = 0; i < whole; i++) {
                if (candidate[i] != network[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (candidate[whole] & mask) == (network[whole] & mask);
        }

        @Override
        public String toString() {
            return written;
        }
    }
}
