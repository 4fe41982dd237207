package org.involveportal.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ResidentTokenTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static Resident resident() {
        return new Resident("Siân@Example.org ", "pbkdf2-sha256$1$x$y", "cy", NOW);
    }

    @Test
    @DisplayName("A token is 32 random bytes in base64url (43 characters), kept only as its SHA-256 in hex")
    void shapeAndHash() {
        var token = EmailToken.generate();
        assertThat(token.value()).matches("[A-Za-z0-9_-]{43}");
        assertThat(token.hash()).matches("[0-9a-f]{64}").isEqualTo(EmailToken.hashOf(token.value()));
        assertThat(token.toString()).doesNotContain(token.value());
        // a known value: SHA-256 of 43 "A"s
        assertThat(EmailToken.hashOf("A".repeat(43))).isEqualTo("0f007385b6f9d4b7eeb2748605afe1a984a0a3bfa3f014d09e2a784ce9e5cd1a");
    }

    @Test
    @DisplayName("Tokens do not repeat")
    void random() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 1000; i++) {
            assertThat(seen.add(EmailToken.generate().value())).isTrue();
        }
    }

    @Test
    @DisplayName("Anything not shaped like a token has no hash, so it is never looked up")
    void wrongShapes() {
        assertThat(EmailToken.hashOf(null)).isNull();
        assertThat(EmailToken.hashOf("")).isNull();
        assertThat(EmailToken.hashOf("A".repeat(42))).isNull();
        assertThat(EmailToken.hashOf("A".repeat(44))).isNull();
        assertThat(EmailToken.hashOf("A".repeat(42) + "=")).isNull();
        assertThat(EmailToken.hashOf("A".repeat(42) + "/")).isNull();
    }

    @Test
    @DisplayName("A sign-in link works for 15 minutes, up to but not at its expiry")
    void signInExpiry() {
        var token = new ResidentToken(resident(), TokenPurpose.SIGN_IN, "h", NOW);
        assertThat(token.getExpiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        assertThat(token.isUsableAt(NOW.plus(Duration.ofMinutes(15)).minusMillis(1))).isTrue();
        assertThat(token.isUsableAt(NOW.plus(Duration.ofMinutes(15)))).isFalse();
        assertThat(token.use(TokenPurpose.SIGN_IN, NOW.plus(Duration.ofMinutes(15)))).isFalse();
        assertThat(token.getUsedAt()).isNull();
    }

    @Test
    @DisplayName("A verification link works for 24 hours")
    void verificationExpiry() {
        var token = new ResidentToken(resident(), TokenPurpose.VERIFY_EMAIL, "h", NOW);
        assertThat(token.getExpiresAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
        assertThat(token.use(TokenPurpose.VERIFY_EMAIL, NOW.plus(Duration.ofHours(23)))).isTrue();
    }

    @Test
    @DisplayName("A token is used once, and only for its own purpose")
    void singleUse() {
        var token = new ResidentToken(resident(), TokenPurpose.SIGN_IN, "h", NOW);
        assertThat(token.use(TokenPurpose.VERIFY_EMAIL, NOW)).as("another purpose").isFalse();
        assertThat(token.use(TokenPurpose.SIGN_IN, NOW.plusSeconds(1))).isTrue();
        assertThat(token.getUsedAt()).isEqualTo(NOW.plusSeconds(1));
        assertThat(token.use(TokenPurpose.SIGN_IN, NOW.plusSeconds(2))).as("second use").isFalse();
        assertThat(token.getUsedAt()).isEqualTo(NOW.plusSeconds(1));
    }

    @Test
    @DisplayName("An account's email is kept trimmed and in lower case; it starts unverified with email as contact")
    void newResident() {
        var resident = resident();
        assertThat(resident.getEmail()).isEqualTo("siân@example.org");
        assertThat(resident.isVerified()).isFalse();
        assertThat(resident.profile().contactWays()).containsExactly(ContactWay.EMAIL);
        assertThat(resident.hasProfile()).isFalse();
        resident.markVerified(NOW);
        resident.markVerified(NOW.plusSeconds(60));
        assertThat(resident.getVerifiedAt()).as("the first verification is kept").isEqualTo(NOW);
    }

    @Test
    @DisplayName("Signing up again before the address is verified replaces the password; once verified, it cannot")
    void unverifiedPassword() {
        var resident = resident();
        resident.replaceUnverifiedPassword("second");
        assertThat(resident.getPasswordHash()).isEqualTo("second");
        resident.markVerified(NOW);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> resident.replaceUnverifiedPassword("third"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(resident.getPasswordHash()).isEqualTo("second");
    }

    @Test
    @DisplayName("Only a page of this site is a place to go back to after signing in")
    void safeNext() {
        assertThat(SignedInResident.safeNext("/account/my-data")).isEqualTo("/account/my-data");
        assertThat(SignedInResident.safeNext("/")).isEqualTo("/");
        assertThat(SignedInResident.safeNext(null)).isNull();
        assertThat(SignedInResident.safeNext("")).isNull();
        assertThat(SignedInResident.safeNext("//evil.example/x")).isNull();
        assertThat(SignedInResident.safeNext("https://evil.example/")).isNull();
        assertThat(SignedInResident.safeNext("/\\evil.example")).isNull();
        assertThat(SignedInResident.safeNext("/account/../staff")).isNull();
        assertThat(SignedInResident.safeNext("account")).isNull();
        assertThat(SignedInResident.safeNext("/a?b=c")).isNull();
        assertThat(SignedInResident.safeNext("/" + "a".repeat(200))).isNull();
    }
}
