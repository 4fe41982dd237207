package org.involveportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentTest {

    @Test
    void percentagesAreOfThoseWhoAnsweredToOneDecimalHalvesUp() {
        assertThat(Percent.of(2, 3)).isEqualTo("66.7%");
        assertThat(Percent.of(1, 3)).isEqualTo("33.3%");
        assertThat(Percent.of(1, 8)).isEqualTo("12.5%");
        assertThat(Percent.of(1, 16)).isEqualTo("6.3%");
        assertThat(Percent.of(3, 3)).isEqualTo("100.0%");
        assertThat(Percent.of(0, 0)).isEqualTo("0.0%");
    }
}
