package org.involveportal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The analysis's own small rules: how a search escapes its wildcards (percentages: {@code PercentTest}). */
class AnalysisFiguresTest {

    @Test
    void likeSearchEscapesItsWildcards() {
        assertThat(AnalysisService.escapeLike("100% _sure_ !")).isEqualTo("100!% !_sure!_ !!");
    }
}
