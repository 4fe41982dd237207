package org.involveportal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MessageCatalogTest {

    private final MessageCatalog catalog = new MessageCatalog();

    @Test
    @DisplayName("English texts come from the packaged bundle")
    void englishText() {
        assertThat(catalog.format("en", "service.name")).isEqualTo("Involve");
    }

    @Test
    @DisplayName("A key a language lacks falls back to English; an unknown key is marked, not thrown")
    void fallback() {
        assertThat(catalog.format("xx", "service.name")).isEqualTo("Involve");
        assertThat(catalog.format("en", "no.such.key")).isEqualTo("??no.such.key??");
    }

    @Test
    @DisplayName("Every English message parses as an ICU message")
    void everyEnglishMessageParses() {
        Properties english = MessageCatalog.load("en");
        assertThat(english).isNotEmpty();
        english.forEach((key, pattern) ->
                assertThat(new MessageFormat((String) pattern, ULocale.ENGLISH).toPattern()).as((String) key).isNotNull());
    }
}
