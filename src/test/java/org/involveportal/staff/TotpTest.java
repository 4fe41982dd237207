package org.involveportal.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.involveportal.testsupport.FakeClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    /** RFC 6238 appendix B's SHA1 seed, the ASCII of "12345678901234567890". */
    private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final String RFC_SECRET = Base32.encode(RFC_SEED);

    @ParameterizedTest(name = "at {0} s the code is {1}")
    @CsvSource({
        "59, 94287082",
        "1111111109, 07081804",
        "1111111111, 14050471",
        "1234567890, 89005924",
        "2000000000, 69279037",
        "20000000000, 65353130"
    })
    @DisplayName("RFC 6238 appendix B, SHA1, eight digits: the code and its acceptance at that time")
    void rfcVectors(long epochSecond, String expected) {
        long step = epochSecond / 30;
        assertThat(Totp.code(RFC_SEED, step, 8)).isEqualTo(expected);

        var totp = new Totp(FakeClock.at(epochSecond), 8);
        assertThat(totp.currentStep()).isEqualTo(step);
        assertThat(totp.verify(RFC_SECRET, expected, null)).hasValue(step);
    }

    @Test
    @DisplayName("Six digits are the last six of the eight-digit code (RFC 4226 truncation)")
    void sixDigits() {
        var totp = new Totp(FakeClock.at(59));
        assertThat(Totp.code(RFC_SEED, 1, 6)).isEqualTo("287082");
        assertThat(totp.verify(RFC_SECRET, "287082", null)).hasValue(1);
        assertThat(totp.verify(RFC_SECRET, "94287082", null)).as("eight digits where six are expected").isEmpty();
    }

    @Test
    @DisplayName("The code of the step before or after is accepted, for a phone a little out; two steps away is not")
    void oneStepEitherSide() {
        var clock = FakeClock.at(1111111111); // step 37037037
        var totp = new Totp(clock, 8);
        long now = totp.currentStep();
        assertThat(totp.verify(RFC_SECRET, Totp.code(RFC_SEED, now - 1, 8), null)).hasValue(now - 1);
        assertThat(totp.verify(RFC_SECRET, Totp.code(RFC_SEED, now + 1, 8), null)).hasValue(now + 1);
        assertThat(totp.verify(RFC_SECRET, Totp.code(RFC_SEED, now - 2, 8), null)).isEmpty();
        assertThat(totp.verify(RFC_SECRET, Totp.code(RFC_SEED, now + 2, 8), null)).isEmpty();

        String code = Totp.code(RFC_SEED, now, 8);
        clock.advance(Duration.ofSeconds(30));
        assertThat(totp.verify(RFC_SECRET, code, null)).as("30 s later").hasValue(now);
        clock.advance(Duration.ofSeconds(30));
        assertThat(totp.verify(RFC_SECRET, code, null)).as("60 s later").isEmpty();
    }

    @Test
    @DisplayName("A code whose step is at or before the last one used is refused: no replay")
    void noReplay() {
        var totp = new Totp(FakeClock.at(1234567890), 8);
        long step = totp.currentStep();
        assertThat(totp.verify(RFC_SECRET, "89005924", step - 1)).hasValue(step);
        assertThat(totp.verify(RFC_SECRET, "89005924", step)).isEmpty();
        assertThat(totp.verify(RFC_SECRET, Totp.code(RFC_SEED, step - 1, 8), step)).as("an older code").isEmpty();
        assertThat(totp.verify(RFC_SECRET, Totp.code(RFC_SEED, step + 1, 8), step)).as("the next code").hasValue(step + 1);
    }

    @Test
    @DisplayName("Codes are typed as people type them: spaces, other scripts' digits; anything else is wrong")
    void typedCodes() {
        var totp = new Totp(FakeClock.at(59));
        assertThat(totp.verify(RFC_SECRET, " 287 082 ", null)).hasValue(1);
        assertThat(totp.verify(RFC_SECRET, "287-082", null)).hasValue(1);
        assertThat(totp.verify(RFC_SECRET, "۲۸۷۰۸۲", null)).as("Extended Arabic-Indic digits, as on an Urdu keyboard").hasValue(1);
        assertThat(totp.verify(RFC_SECRET, "２８７０８２", null)).as("full-width digits").hasValue(1);
        assertThat(totp.verify(RFC_SECRET, "28708", null)).isEmpty();
        assertThat(totp.verify(RFC_SECRET, "287082a", null)).isEmpty();
        assertThat(totp.verify(RFC_SECRET, "", null)).isEmpty();
        assertThat(totp.verify(RFC_SECRET, null, null)).isEmpty();
        assertThat(totp.verify(RFC_SECRET, "287083", null)).isEmpty();
    }

    @Test
    @DisplayName("New secrets are 20 random bytes in Base32 without padding")
    void newSecrets() {
        String secret = Totp.newSecret();
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(Base32.decode(secret)).hasSize(20);
        assertThat(Totp.newSecret()).isNotEqualTo(secret);
    }

    @Test
    @DisplayName("A code made from a new secret is accepted, once")
    void newSecretWorks() {
        var clock = FakeClock.at(1_800_000_000);
        var totp = new Totp(clock);
        String secret = Totp.newSecret();
        String code = Totp.code(Base32.decode(secret), totp.currentStep(), 6);
        var step = totp.verify(secret, code, null);
        assertThat(step).hasValue(totp.currentStep());
        assertThat(totp.verify(secret, code, step.getAsLong())).isEmpty();
    }

    @Test
    @DisplayName("The enrolment address follows the Key Uri Format, with the label's parts percent-encoded")
    void otpauthUri() {
        var totp = new Totp(FakeClock.at(0));
        assertThat(totp.otpauthUri("Involve Wrexham", "siân.llewelyn@example.gov.uk", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"))
                .isEqualTo("otpauth://totp/Involve%20Wrexham:si%C3%A2n.llewelyn%40example.gov.uk"
                        + "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Involve%20Wrexham"
                        + "&algorithm=SHA1&digits=6&period=30");
        assertThat(totp.otpauthUri("A:B", "c", "MZXW6===")).startsWith("otpauth://totp/A%3AB:c?secret=MZXW6&");
    }

    @Test
    @DisplayName("Only six to eight digits, as RFC 4226 allows")
    void digitRange() {
        assertThatThrownBy(() -> new Totp(FakeClock.at(0), 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Totp(FakeClock.at(0), 9)).isInstanceOf(IllegalArgumentException.class);
    }
}
