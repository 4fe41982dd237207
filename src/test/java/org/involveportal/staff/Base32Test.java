package org.involveportal.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Base32Test {

    @ParameterizedTest(name = "\"{0}\" is \"{1}\"")
    @CsvSource(delimiter = '|', emptyValue = "", value = {
        "''|''",
        "f|MY======",
        "fo|MZXQ====",
        "foo|MZXW6===",
        "foob|MZXW6YQ=",
        "fooba|MZXW6YTB",
        "foobar|MZXW6YTBOI======"
    })
    @DisplayName("RFC 4648 section 10 test vectors, both ways")
    void rfcVectors(String text, String base32) {
        assertThat(Base32.encode(text.getBytes(StandardCharsets.US_ASCII))).isEqualTo(base32);
        assertThat(new String(Base32.decode(base32), StandardCharsets.US_ASCII)).isEqualTo(text);
    }

    @Test
    @DisplayName("Decoding takes secrets as people copy them: lower case, spaces, no padding")
    void forgivingDecode() {
        assertThat(Base32.decode("mzxw 6ytb oi")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> Base32.decode("MZXW1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Base32.decode("MZXW0")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("Any bytes survive the round trip")
    void roundTrip() {
        var random = new Random(6238);
        for (int length = 0; length < 64; length++) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            assertThat(Base32.decode(Base32.encode(bytes))).as("length %d", length).isEqualTo(bytes);
        }
    }
}
