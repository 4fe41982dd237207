package org.involveportal.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RecoveryCodesTest {

    @Test
    @DisplayName("Ten codes of ten unambiguous characters, shown as XXXXX-XXXXX, all different")
    void issued() {
        var issued = RecoveryCodes.issue();
        assertThat(issued.codes()).hasSize(10).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}"));
        assertThat(issued.hashes()).hasSize(10).doesNotHaveDuplicates();
        assertThat(RecoveryCodes.issue().codes()).doesNotContainAnyElementsOf(issued.codes());
    }

    @Test
    @DisplayName("Only salted SHA-256 hashes are kept: no code appears in them, and each has its own salt")
    void storedAsSaltedHashes() throws Exception {
        var issued = RecoveryCodes.issue();
        var salts = new HashSet<String>();
        for (int i = 0; i < issued.codes().size(); i++) {
            String code = issued.codes().get(i);
            String hash = issued.hashes().get(i);
            assertThat(hash).matches("sha256\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}")
                    .doesNotContain(code).doesNotContain(code.replace("-", ""));
            String[] parts = hash.split("\\$");
            salts.add(parts[1]);
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(Base64.getDecoder().decode(parts[1]));
            byte[] expected = digest.digest(code.replace("-", "").getBytes(StandardCharsets.US_ASCII));
            assertThat(Base64.getDecoder().decode(parts[2])).as("SHA-256 of salt then code").isEqualTo(expected);
        }
        assertThat(salts).hasSize(10);
    }

    @Test
    @DisplayName("A code works once; the others still work after it")
    void singleUse() {
        var issued = RecoveryCodes.issue();
        var codes = new RecoveryCodes(issued.hashes());
        assertThat(codes.use(issued.codes().get(3))).hasValue(issued.hashes().get(3));
        assertThat(codes.remaining()).isEqualTo(9);
        assertThat(codes.use(issued.codes().get(3))).isEmpty();
        assertThat(codes.remaining()).isEqualTo(9);
        assertThat(codes.use(issued.codes().get(0))).hasValue(issued.hashes().get(0));
        assertThat(codes.remaining()).isEqualTo(8);
    }

    @Test
    @DisplayName("Typed as people type: any case, spaces, with or without the hyphen or another dash")
    void typing() {
        String hash = RecoveryCodes.hash("K7QM2-XH9RT");
        for (String typed : List.of("K7QM2-XH9RT", "k7qm2-xh9rt", "K7QM2XH9RT", " k7qm2 xh9rt ", "K7QM2 – XH9RT",
                "K7Q M2X H9R T", "K7QM2\u00A0XH9RT")) {
            assertThat(new RecoveryCodes(List.of(hash)).use(typed)).as(typed).hasValue(hash);
        }
    }

    @Test
    @DisplayName("Anything else is refused: another code, one character wrong, too short or long, other characters")
    void wrongCodes() {
        String hash = RecoveryCodes.hash("K7QM2-XH9RT");
        for (String typed : new String[] {"K7QM2-XH9RU", "K7QM2-XH9R", "K7QM2-XH9RTT", "K7QM2-XH9R0", "K7QM2_XH9RT",
                "", null, "sha256", hash}) {
            var codes = new RecoveryCodes(List.of(hash));
            assertThat(codes.use(typed)).as(String.valueOf(typed)).isEmpty();
            assertThat(codes.remaining()).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("Damaged stored hashes match nothing and break nothing")
    void damagedHashes() {
        String good = RecoveryCodes.hash("K7QM2-XH9RT");
        var codes = new RecoveryCodes(List.of("", "sha256$$", "sha256$!!$!!", "md5$abc$def", good));
        assertThat(codes.use("K7QM2-XH9RT")).hasValue(good);
        assertThatThrownBy(() -> RecoveryCodes.hash("not a code")).isInstanceOf(IllegalArgumentException.class);
    }
}
