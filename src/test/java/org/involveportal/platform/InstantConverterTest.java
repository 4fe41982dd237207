package org.involveportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InstantConverterTest {

    private final InstantConverter converter = new InstantConverter();

    @Test
    @DisplayName("Instants are stored as UTC wall-clock time, whatever the summer time in London")
    void storesUtc() {
        // 11:59pm on a British Summer Time evening is 22:59 UTC
        var instant = Instant.parse("2027-06-30T22:59:00Z");

        assertThat(converter.convertToDatabaseColumn(instant)).isEqualTo(LocalDateTime.parse("2027-06-30T22:59:00"));
        assertThat(converter.convertToEntityAttribute(LocalDateTime.parse("2027-06-30T22:59:00"))).isEqualTo(instant);
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }
}
