package org.involveportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final String EMAIL = "sian.llewelyn@wrexham.gov.uk";
    private static final String NAME = "Siân Llewelyn";
    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    @DisplayName("At least 12 characters, counted as people count them")
    void minimumLength() {
        assertThat(policy.problems("", EMAIL, NAME)).containsExactly("password.error.missing");
        assertThat(policy.problems(null, EMAIL, NAME)).containsExactly("password.error.missing");
        assertThat(policy.problems("Dd8!kq2#Lm4", EMAIL, NAME)).containsExactly("password.error.tooShort");
        assertThat(policy.problems("Dd8!kq2#Lm4z", EMAIL, NAME)).isEmpty();
        assertThat("🦉🌊🍄🎻🚲🧭🪁🦔🌵🎲🪐".length()).as("22 UTF-16 units").isEqualTo(22);
        assertThat(policy.problems("🦉🌊🍄🎻🚲🧭🪁🦔🌵🎲🪐", EMAIL, NAME))
                .as("11 emoji are 11 characters, however Java stores them").containsExactly("password.error.tooShort");
    }

    @Test
    @DisplayName("Long passphrases are welcome up to 256 characters; beyond that the hashing cost is refused")
    void maximumLength() {
        String phrase = "Mae hen wlad fy nhadau yn annwyl i mi, gwlad beirdd a chantorion, enwogion o fri. ";
        String long256 = (phrase.repeat(4)).substring(0, 256);
        assertThat(policy.problems(long256.substring(0, 64), EMAIL, NAME)).as("64 characters").isEmpty();
        assertThat(policy.problems(long256, EMAIL, NAME)).as("256 characters").isEmpty();
        assertThat(policy.problems(long256 + "x", EMAIL, NAME)).containsExactly("password.error.tooLong");
        assertThat(policy.problems("🦉".repeat(257), EMAIL, NAME)).containsExactly("password.error.tooLong");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
        "qwerty123456", "123qweasdzxc", "1q2w3e4r5t6y", "leavemealone", "Leavemealone", "L3av3m3al0n3",
        "passwordpassword", "Password1234", "iloveyou12345", "abcdefghijkl", "aaaaaaaaaaaa", "123456789012",
        "monkey123456", "qwertyuiop[]", "hunter2hunter2", "football2024", "            "
    })
    @DisplayName("Common passwords and their usual variations are refused, from zxcvbn's ranked lists")
    void commonRefused(String password) {
        assertThat(policy.problems(password, EMAIL, NAME)).containsExactly("password.error.common");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
        "correct horse battery staple", "Dd8!kq2#Lm4z", "tomatoes on toast", "Mae hen wlad fy nhadau",
        "sdfg7h2kqp9x", "The cat sat on the mat", "میرا پاس ورڈ بہت لمبا ہے", "alllowercasebutrandomish"
    })
    @DisplayName("No composition rules: long or unusual passwords pass without capitals, digits or symbols")
    void strongAccepted(String password) {
        assertThat(policy.problems(password, EMAIL, NAME)).isEmpty();
        assertThat(policy.isAcceptable(password, EMAIL, NAME)).isTrue();
    }

    @Test
    @DisplayName("A password containing the email's name or the person's name is refused, in any case")
    void personal() {
        assertThat(policy.problems("Sian.Llewelyn-rocks-the-harbour", EMAIL, NAME)).contains("password.error.personal");
        assertThat(policy.problems("my name is LLEWELYN and I swim", EMAIL, NAME)).contains("password.error.personal");
        assertThat(policy.problems("siânllewelyn forgets passwords", EMAIL, NAME)).contains("password.error.personal");
        assertThat(policy.problems("harbour walls at sunset for sian", EMAIL, NAME)).contains("password.error.personal");
        assertThat(policy.problems("harbour walls at sunset for sian", "someone@wrexham.gov.uk", "Rhys Jones"))
                .as("the same password for someone else").isEmpty();
        assertThat(policy.problems("wrexham harbour walls at sunset", EMAIL, NAME))
                .as("the email's domain is not personal").doesNotContain("password.error.personal");
    }

    @Test
    @DisplayName("Short names are not refused inside words, but still count against the password's strength")
    void shortPersonalParts() {
        assertThat(policy.problems("tomatoes on toast", "tom@wrexham.gov.uk", "Tom Li")).isEmpty();
        assertThat(policy.problems("tomtomtomtom", "tom@wrexham.gov.uk", "Tom Li")).containsExactly("password.error.common");
    }

    @Test
    @DisplayName("The portal's own name and the council's are guessed first, so they weaken a password")
    void serviceWords() {
        assertThat(policy.problems("involvement2025", EMAIL, NAME)).containsExactly("password.error.common");
        assertThat(policy.problems("Involveportal1", EMAIL, NAME)).containsExactly("password.error.common");
        assertThat(policy.problems("Wrexhamwrexham", EMAIL, NAME)).as("without the council's name").isEmpty();
        assertThat(new PasswordPolicy(List.of("Wrexham")).problems("Wrexhamwrexham", EMAIL, NAME))
                .containsExactly("password.error.common");
    }

    @Test
    @DisplayName("Personal words: the email's local part and the name, whole and in pieces")
    void personalWords() {
        assertThat(PasswordPolicy.personalWords("Sian.Llewelyn+involve@wrexham.gov.uk", "Siân  Llewelyn"))
                .contains("sian.llewelyn+involve", "sianllewelyninvolve", "sian", "llewelyn", "involve",
                        "siân  llewelyn", "siânllewelyn", "siân")
                .doesNotContain("wrexham", "gov", "uk");
        assertThat(PasswordPolicy.personalWords(null, null)).isEmpty();
        assertThat(PasswordPolicy.personalWords("...@example.org", " - ")).doesNotContain("").allMatch(word -> !word.isBlank());
    }
}
