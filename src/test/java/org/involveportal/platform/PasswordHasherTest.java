package org.involveportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    /** A low cost, so tests of everything but the cost itself run fast. */
    private final PasswordHasher cheap = new PasswordHasher(1_000);

    @Test
    @DisplayName("PBKDF2-HMAC-SHA256 gives RFC 7914 section 11's test vectors")
    void rfcVectors() {
        assertThat(HexFormat.of().formatHex(PasswordHasher.derive("passwd", bytes("salt"), 1, 64))).isEqualTo(
                "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                + "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
        assertThat(HexFormat.of().formatHex(PasswordHasher.derive("Password", bytes("NaCl"), 80_000, 64))).isEqualTo(
                "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
                + "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d");
    }

    @Test
    @DisplayName("At the production cost: 600,000 iterations, 16-byte salt, 32-byte hash, and it verifies")
    void productionCost() {
        var hasher = new PasswordHasher();
        String hash = hasher.hash("Bore da, Wrecsam!");
        assertThat(hash).matches("pbkdf2-sha256\\$600000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        String[] parts = hash.split("\\$");
        assertThat(Base64.getDecoder().decode(parts[2])).hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32);
        assertThat(hasher.verify("Bore da, Wrecsam!", hash)).isTrue();
        assertThat(hasher.needsRehash(hash)).isFalse();
    }

    @Test
    @DisplayName("The right password verifies; any other, however close, does not")
    void verifies() {
        String hash = cheap.hash("correct horse battery staple");
        assertThat(cheap.verify("correct horse battery staple", hash)).isTrue();
        assertThat(cheap.verify("correct horse battery stapl", hash)).isFalse();
        assertThat(cheap.verify("Correct horse battery staple", hash)).isFalse();
        assertThat(cheap.verify("correct horse battery staple ", hash)).isFalse();
        assertThat(cheap.verify("", hash)).isFalse();
        assertThat(cheap.verify(null, hash)).isFalse();
    }

    @Test
    @DisplayName("Each hash has its own salt: the same password twice gives two hashes that both verify")
    void salted() {
        String first = cheap.hash("the same password");
        String second = cheap.hash("the same password");
        assertThat(first).isNotEqualTo(second);
        assertThat(cheap.verify("the same password", first)).isTrue();
        assertThat(cheap.verify("the same password", second)).isTrue();
    }

    @Test
    @DisplayName("A password typed composed or decomposed is the same password; any script and length works")
    void unicode() {
        String composed = "Siân o Aberystwyth";
        String decomposed = "Sia\u0302n o Aberystwyth";
        assertThat(composed).isNotEqualTo(decomposed);
        assertThat(cheap.verify(decomposed, cheap.hash(composed))).isTrue();

        String urdu = "میرا پاس ورڈ بہت لمبا ہے";
        assertThat(cheap.verify(urdu, cheap.hash(urdu))).isTrue();
        String emoji = "🔐".repeat(256);
        assertThat(cheap.verify(emoji, cheap.hash(emoji))).isTrue();
        assertThat(cheap.verify("🔐".repeat(255), cheap.hash(emoji))).isFalse();
    }

    @Test
    @DisplayName("A hash changed by one bit no longer verifies")
    void tampered() {
        String hash = cheap.hash("tamper with me please");
        String[] parts = hash.split("\\$");
        byte[] stored = Base64.getDecoder().decode(parts[3]);
        stored[31] ^= 1;
        String changed = parts[0] + '$' + parts[1] + '$' + parts[2] + '$' + Base64.getEncoder().withoutPadding().encodeToString(stored);
        assertThat(cheap.verify("tamper with me please", changed)).isFalse();

        String otherSalt = parts[0] + '$' + parts[1] + '$' + (parts[2].startsWith("A") ? "B" : "A") + parts[2].substring(1)
                + '$' + parts[3];
        assertThat(otherSalt).isNotEqualTo(hash);
        assertThat(cheap.verify("tamper with me please", otherSalt)).isFalse();
    }

    @Test
    @DisplayName("Damaged or foreign hashes are a failed sign-in, never an error, and need rehashing")
    void damagedHashes() {
        String good = cheap.hash("a perfectly good password");
        String[] parts = good.split("\\$");
        for (String damaged : new String[] {
            null, "", "plain text", good.substring(0, good.length() - 4),
            "pbkdf2-sha512$1000$" + parts[2] + '$' + parts[3],
            "pbkdf2-sha256$0$" + parts[2] + '$' + parts[3],
            "pbkdf2-sha256$-5$" + parts[2] + '$' + parts[3],
            "pbkdf2-sha256$999999999$" + parts[2] + '$' + parts[3],
            "pbkdf2-sha256$1000$" + parts[2] + "$not*base64",
            "pbkdf2-sha256$1000$$" + parts[3],
            good + "$extra"
        }) {
            assertThat(cheap.verify("a perfectly good password", damaged)).as(String.valueOf(damaged)).isFalse();
            assertThat(cheap.needsRehash(damaged)).as(String.valueOf(damaged)).isTrue();
        }
    }

    @Test
    @DisplayName("A hash at a lower cost still verifies, at its own cost, and asks to be rehashed")
    void rehashWhenCostRises() {
        String old = cheap.hash("an older password hash");
        var stronger = new PasswordHasher(2_000);
        assertThat(stronger.verify("an older password hash", old)).isTrue();
        assertThat(stronger.needsRehash(old)).isTrue();
        assertThat(cheap.needsRehash(old)).isFalse();
        assertThat(stronger.needsRehash(stronger.hash("an older password hash"))).isFalse();
        assertThat(cheap.needsRehash(stronger.hash("a newer password hash"))).as("higher cost than ours is fine").isFalse();
    }

    @Test
    @DisplayName("The dummy check for an unknown email is always false and runs a hash of today's cost and size")
    void dummy() {
        assertThat(cheap.verifyDummy("anything at all")).isFalse();
        assertThat(cheap.verifyDummy("")).isFalse();
        assertThat(cheap.dummyHash()).matches("pbkdf2-sha256\\$1000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(cheap.needsRehash(cheap.dummyHash())).as("same cost as a current hash").isFalse();
        assertThat(new PasswordHasher().dummyHash()).startsWith("pbkdf2-sha256$600000$");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
