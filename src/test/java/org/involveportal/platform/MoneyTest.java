package org.involveportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    @DisplayName("Amounts are read as people type them, to the penny, and nothing else is taken")
    void parse() {
        assertThat(Money.parse("12")).hasValue(new BigDecimal("12.00"));
        assertThat(Money.parse(" £12.5 ")).hasValue(new BigDecimal("12.50"));
        assertThat(Money.parse("£1,250.00")).hasValue(new BigDecimal("1250.00"));
        assertThat(Money.parse("9999.99")).hasValue(new BigDecimal("9999.99"));
        for (String wrong : new String[] {"", "-3", "12.345", "1e3", "12,5", "10000", "twelve", "1,25.00", "NaN", "0x10"}) {
            assertThat(Money.parse(wrong)).as(wrong).isEmpty();
        }
        assertThat(Money.parse(null)).isEmpty();
        assertThat(Money.parseQuantity("0")).isEmpty();
        assertThat(Money.parseQuantity("12.5")).hasValue(new BigDecimal("12.50"));
        assertThat(Money.parseQuantity("£3")).isEmpty();
    }

    @Test
    @DisplayName("Amounts are written as the reader writes money, and plainly for finance files")
    void format() {
        assertThat(Money.format(new BigDecimal("12.40"), ULocale.forLanguageTag("en-GB"))).isEqualTo("£12.40");
        assertThat(Money.format(new BigDecimal("12.40"), ULocale.forLanguageTag("cy"))).isEqualTo("£12.40");
        // Polish groups thousands with a space and writes the currency after, as its code
        assertThat(Money.format(new BigDecimal("1250.00"), ULocale.forLanguageTag("pl")).replaceAll("[\\s\u00A0\u202F]", ""))
                .isEqualTo("1250,00GBP");
        assertThat(Money.plain(new BigDecimal("57.40"))).isEqualTo("57.40");
    }
}
