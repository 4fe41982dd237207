package org.involveportal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    @DisplayName("A language is named as the reader calls it, with its own name after it")
    void namesForReaders() {
        assertThat(Language.BENGALI.nameFor(Language.ENGLISH)).isEqualTo("Bengali (বাংলা)");
        assertThat(Language.WELSH.nameFor(Language.ENGLISH)).isEqualTo("Welsh (Cymraeg)");
        assertThat(Language.ENGLISH.nameFor(Language.ENGLISH)).isEqualTo("English");
        assertThat(Language.ENGLISH.nameFor(Language.WELSH)).isEqualTo("Saesneg (English)");
        assertThat(Language.URDU.nameFor(Language.URDU)).isEqualTo("اردو");
        for (Language language : Language.values()) {
            for (Language reader : Language.values()) {
                assertThat(language.nameFor(reader)).as("%s for %s", language, reader).isNotBlank().doesNotContain("_");
            }
        }
    }

    @Test
    @DisplayName("Staff may write content in every language of the portal, English first")
    void contentLanguages() {
        assertThat(Language.tags()).hasSize(9).startsWith("en", "cy").contains("zh-Hans", "ur", "bn");
    }
}
