package org.involveportal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private static final String PROXY = "10.0.0.5";
    private final TrustedProxies trusted = TrustedProxies.parse(" 10.0.0.5, 10.1.0.0/16 ,fd00:1::/64,192.0.2.128/25 ");

    @Test
    @DisplayName("With no trusted proxy (the default) the peer is the client, whatever X-Forwarded-For says")
    void noneTrusted() {
        var none = TrustedProxies.parse(null);
        assertThat(none.isEmpty()).isTrue();
        assertThat(TrustedProxies.parse("  ").isEmpty()).isTrue();
        assertThat(none.clientOf("203.0.113.7", List.of("198.51.100.1"))).isEqualTo("203.0.113.7");
        assertThat(none.clientOf(PROXY, List.of("198.51.100.1"))).isEqualTo(PROXY);
    }

    @Test
    @DisplayName("A header from a peer that is not a trusted proxy is ignored: a client cannot name itself someone else")
    void spoofedFromAnUntrustedPeer() {
        assertThat(trusted.clientOf("203.0.113.7", List.of("198.51.100.1"))).isEqualTo("203.0.113.7");
        assertThat(trusted.clientOf("203.0.113.7", List.of("10.0.0.5, 198.51.100.1"))).isEqualTo("203.0.113.7");
        assertThat(trusted.clientOf("10.2.0.1", List.of("198.51.100.1"))).as("just outside 10.1.0.0/16").isEqualTo("10.2.0.1");
    }

    @Test
    @DisplayName("From a trusted proxy, the header is read right to left: the first address not trusted is the client")
    void chains() {
        assertThat(trusted.clientOf(PROXY, List.of("198.51.100.1"))).isEqualTo("198.51.100.1");
        assertThat(trusted.clientOf(PROXY, List.of())).as("no header: the proxy's own request").isEqualTo(PROXY);
        assertThat(trusted.clientOf(PROXY, null)).isEqualTo(PROXY);
        // the client wrote "1.2.3.4" itself; the proxy appended the address it really came from
        assertThat(trusted.clientOf(PROXY, List.of("1.2.3.4, 198.51.100.1"))).isEqualTo("198.51.100.1");
        // two proxies of the council's (a load balancer in front of nginx): both skipped
        assertThat(trusted.clientOf(PROXY, List.of("1.2.3.4, 198.51.100.1, 10.1.7.7"))).isEqualTo("198.51.100.1");
        // several header lines are one list, in the order received
        assertThat(trusted.clientOf(PROXY, List.of("1.2.3.4", "198.51.100.1", "10.1.7.7"))).isEqualTo("198.51.100.1");
        // a proxy that is not trusted is where belief stops
        assertThat(trusted.clientOf(PROXY, List.of("198.51.100.1, 203.0.113.9"))).isEqualTo("203.0.113.9");
        // every hop trusted: the furthest one is the client
        assertThat(trusted.clientOf(PROXY, List.of("10.1.0.9, 10.1.0.8"))).isEqualTo("10.1.0.9");
        assertThat(trusted.clientOf("192.0.2.200", List.of("198.51.100.1"))).as("in 192.0.2.128/25").isEqualTo("198.51.100.1");
        assertThat(trusted.clientOf("192.0.2.100", List.of("198.51.100.1"))).as("not in 192.0.2.128/25").isEqualTo("192.0.2.100");
    }

    @Test
    @DisplayName("IPv6: proxies and clients, with or without brackets and ports; IPv4 written as IPv6 is IPv4")
    void ipv6() {
        assertThat(trusted.clientOf("fd00:1::7", List.of("2001:db8:1:2::99"))).isEqualTo("2001:db8:1:2:0:0:0:99");
        assertThat(trusted.clientOf("fd00:1:0:0:ffff::1", List.of("[2001:db8::1]:4711"))).isEqualTo("2001:db8:0:0:0:0:0:1");
        assertThat(trusted.clientOf("fd00:2::1", List.of("2001:db8::1"))).as("fd00:2:: is outside fd00:1::/64").isEqualTo("fd00:2:0:0:0:0:0:1");
        assertThat(trusted.clientOf("::ffff:10.0.0.5", List.of("198.51.100.1:51000"))).isEqualTo("198.51.100.1");
        assertThat(trusted.clientOf(PROXY, List.of("::ffff:198.51.100.1"))).isEqualTo("198.51.100.1");
        assertThat(TrustedProxies.parse("::1").trusts("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(TrustedProxies.parse("::ffff:10.0.0.0/104").trusts("10.9.9.9")).isTrue();
        assertThat(ClientLimit.clientKey(trusted.clientOf("fd00:1::7", List.of("2001:db8:1:2::99")))).as("counted by its /64")
                .isEqualTo("20010db800010002::/64");
    }

    @Test
    @DisplayName("An entry that is not an address ends the reading at the last trusted hop; names are never looked up")
    void garbage() {
        assertThat(trusted.clientOf(PROXY, List.of("unknown"))).isEqualTo(PROXY);
        assertThat(trusted.clientOf(PROXY, List.of("198.51.100.1, localhost"))).isEqualTo(PROXY);
        assertThat(trusted.clientOf(PROXY, List.of("198.51.100.1, 10.1.0.9, evil.example"))).isEqualTo(PROXY);
        assertThat(trusted.clientOf(PROXY, List.of("garbage, 10.1.0.9"))).isEqualTo("10.1.0.9");
        assertThat(trusted.clientOf(PROXY, List.of("198.51.100.1,,"))).isEqualTo(PROXY);
        assertThat(trusted.clientOf(PROXY, List.of("1.2.3.4, 198.51.100.1; drop table"))).isEqualTo(PROXY);
        assertThat(trusted.clientOf(PROXY, List.of("198.51.100.001"))).as("leading zeros read as octal elsewhere").isEqualTo(PROXY);
        assertThat(trusted.clientOf(PROXY, List.of("1.2.3"))).isEqualTo(PROXY);
        assertThat(trusted.clientOf(PROXY, List.of("256.1.1.1"))).isEqualTo(PROXY);
        assertThat(trusted.clientOf(PROXY, List.of("[2001:db8::1"))).isEqualTo(PROXY);
        assertThat(trusted.clientOf(PROXY, List.of("[2001:db8::1]:port"))).isEqualTo(PROXY);
        assertThat(trusted.clientOf(PROXY, List.of("abc:def"))).isEqualTo(PROXY);
        assertThat(trusted.clientOf(PROXY, List.of("fe80::1%eth0"))).isEqualTo(PROXY);
        assertThat(trusted.clientOf(PROXY, List.of("198.51.100.1:99999999"))).isEqualTo(PROXY);
        assertThat(trusted.clientOf(PROXY, List.of("x".repeat(10_000)))).isEqualTo(PROXY);
    }

    @Test
    @DisplayName("A very long chain of trusted hops is read only so far")
    void longChain() {
        var hops = new StringBuilder("198.51.100.1");
        for (int i = 0; i < 100; i++) {
            hops.append(", 10.1.0.").append(i);
        }
        assertThat(trusted.clientOf(PROXY, List.of(hops.toString()))).isEqualTo("10.1.0." + (100 - TrustedProxies.MAX_HOPS));
    }

    @Test
    @DisplayName("A setting that is not addresses or ranges is refused, naming the setting and the entry")
    void wrongSetting() {
        for (String wrong : List.of("proxy.example", "10.0.0.0/33", "10.0.0.0/x", "fd00::/129", "10.0.0.0/8/8", "10.0.0")) {
            assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.1, " + wrong)).as(wrong)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("PORTAL_TRUSTED_PROXIES").hasMessageContaining(wrong);
        }
        assertThat(TrustedProxies.parse("10.0.0.0/8,,").trusts("10.200.1.1")).isTrue();
        assertThat(TrustedProxies.parse("0.0.0.0/0").trusts("203.0.113.7")).isTrue();
        assertThat(TrustedProxies.parse("0.0.0.0/0").trusts("2001:db8::1")).as("an IPv4 range holds no IPv6 address").isFalse();
    }
}
