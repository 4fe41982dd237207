package org.involveportal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DateFormattingTest {

    @Test
    @DisplayName("Dates are in London time and the reader's language, across the clock change")
    void londonTimeInEachLanguage() {
        // 22:59 UTC in summer is 23:59 in London (BST); in winter UTC and London agree.
        var summer = Instant.parse("2027-06-30T22:59:00Z");
        var winter = Instant.parse("2027-03-12T23:59:00Z");

        assertThat(DateFormatting.dateAndTime(summer, Language.ENGLISH)).isEqualTo("Wednesday 30 June 2027 at 11:59pm");
        assertThat(DateFormatting.dateAndTime(winter, Language.ENGLISH)).isEqualTo("Friday 12 March 2027 at 11:59pm");
        assertThat(DateFormatting.date(winter, Language.WELSH)).contains("Dydd Gwener", "12 Mawrth 2027");
        assertThat(DateFormatting.date(winter, Language.ENGLISH)).isEqualTo("Friday 12 March 2027");
        assertThat(DateFormatting.time(winter, Language.ENGLISH)).isEqualTo("11:59pm");
        assertThat(DateFormatting.time(summer, Language.ENGLISH)).isEqualTo("11:59pm");
        assertThat(DateFormatting.time(winter, Language.WELSH)).isEqualTo("23:59");
        assertThat(DateFormatting.date(winter, Language.POLISH)).contains("piątek", "12 marca 2027");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Language.class)
    @DisplayName("A date with a time says the date and the time exactly as each says them alone, in every language")
    void dateAndTimeAgreeWithDateAndTimeAlone(Language language) {
        var closing = Instant.parse("2027-03-12T23:59:00Z");
        assertThat(DateFormatting.dateAndTime(closing, language))
                .contains(DateFormatting.time(closing, language))
                .contains(DateFormatting.date(closing, language).replaceAll("^.*?(\\d)", "$1"));
    }
}
