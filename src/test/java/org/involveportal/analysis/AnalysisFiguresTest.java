package org.involveportal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The analysis's own small rules: how percentages are rounded, how a search escapes its wildcards. */
class AnalysisFiguresTest {

    @Test
    void percentagesAreOfThoseWhoAnsweredToOneDecimalHalvesUp() {
        assertThat(Percent.of(2, 3)).isEqualTo("66.7%");
        assertThat(Percent.of(1, 3)).isEqualTo("33.3%");
        assertThat(Percent.of(1, 8)).isEqualTo("12.5%");
        assertThat(Percent.of(1, 16)).isEqualTo("6.3%");
        assertThat(Percent.of(3, 3)).isEqualTo("100.0%");
        assertThat(Percent.of(0, 0)).isEqualTo("0.0%");
    }

    @Test
    void likeSearchEscapesItsWildcards() {
        assertThat(AnalysisService.escapeLike("100% _sure_ !")).isEqualTo("100!% !_sure!_ !!");
    }
}
