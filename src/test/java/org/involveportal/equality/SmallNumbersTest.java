package org.involveportal.equality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.involveportal.equality.SmallNumbers.Shown.COUNT;
import static org.involveportal.equality.SmallNumbers.Shown.FEWER_THAN_FIVE;
import static org.involveportal.equality.SmallNumbers.Shown.HIDDEN;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmallNumbersTest {

    @Test
    void oneToFourAreFewerThanFiveZeroAndFiveUpAreShown() {
        assertThat(SmallNumbers.categories(List.of(0L, 1L, 4L, 5L, 6L, 100L)))
                .containsExactly(COUNT, FEWER_THAN_FIVE, FEWER_THAN_FIVE, COUNT, COUNT, COUNT);
    }

    @Test
    void aLoneSmallCountHidesTheSmallestOtherCountAboveZero() {
        // 12 answered: 8, 1, 0, 3 would leave 1 = 12 - 8 - 0 - 3 if 3 were shown
        assertThat(SmallNumbers.categories(List.of(8L, 1L, 0L, 30L, 6L)))
                .containsExactly(COUNT, FEWER_THAN_FIVE, COUNT, COUNT, HIDDEN);
        assertThat(SmallNumbers.categories(List.of(8L, 3L, 0L)))
                .containsExactly(HIDDEN, FEWER_THAN_FIVE, COUNT);
    }

    @Test
    void twoSmallCountsProtectEachOther() {
        assertThat(SmallNumbers.categories(List.of(7L, 3L, 2L))).containsExactly(COUNT, FEWER_THAN_FIVE, FEWER_THAN_FIVE);
    }

    @Test
    void aLoneSmallCountWithNothingElseAboveZeroStaysFewerThanFive() {
        assertThat(SmallNumbers.categories(List.of(0L, 2L, 0L))).containsExactly(COUNT, FEWER_THAN_FIVE, COUNT);
    }

    @Test
    void totals() {
        assertThat(SmallNumbers.total(0)).isEqualTo(COUNT);
        assertThat(SmallNumbers.total(4)).isEqualTo(FEWER_THAN_FIVE);
        assertThat(SmallNumbers.total(5)).isEqualTo(COUNT);
    }

    @Test
    void theReachReportUsesTheRuleForEveryText() {
        Map<String, Long> counts = new HashMap<>();
        counts.put("total.all", 12L);
        counts.put("sex.FEMALE", 7L);
        counts.put("sex.MALE", 3L);
        counts.put("sex.PREFER_NOT_TO_SAY", 2L);
        counts.put("ethnicGroup.WHITE", 8L);
        counts.put("ethnicGroup.ASIAN", 1L);
        var baseline = new Baseline("Census 2021", Map.of("sex.FEMALE", new BigDecimal("51.2")));
        var report = ReachService.build(counts, baseline, key -> key.startsWith("reach.") ? key.substring(6) : key);
        assertThat(report.total()).isEqualTo("12");
        var sex = report.questions().stream().filter(q -> q.field().equals("sex")).findFirst().orElseThrow();
        assertThat(sex.rows()).extracting(ReachReport.Row::count).containsExactly("7", "fewerThan5", "fewerThan5");
        assertThat(sex.rows()).extracting(ReachReport.Row::percent).containsExactly("58.3%", "", "");
        assertThat(sex.rows()).extracting(ReachReport.Row::baseline).containsExactly("51.2%", "", "");
        var ethnic = report.questions().stream().filter(q -> q.field().equals("ethnicGroup")).findFirst().orElseThrow();
        assertThat(ethnic.rows()).extracting(ReachReport.Row::count).containsExactly("fewerThan5", "0", "0", "hidden", "0", "0");
        assertThat(ethnic.rows()).extracting(ReachReport.Row::percent).containsExactly("", "0.0%", "0.0%", "", "0.0%", "0.0%");
    }

    @Test
    void aSmallTotalHidesEveryCount() {
        var report = ReachService.build(Map.of("total.all", 3L, "sex.FEMALE", 3L), new Baseline("", Map.of()), key -> key);
        assertThat(report.total()).isEqualTo("reach.fewerThan5");
        var sex = report.questions().stream().filter(q -> q.field().equals("sex")).findFirst().orElseThrow();
        assertThat(sex.rows()).extracting(ReachReport.Row::count).containsExactly("reach.fewerThan5", "0", "0");
    }

    @Test
    void baselinePercentagesAreZeroToHundredWithOneDecimal() {
        assertThat(ReachBaselinePage.parse("51.2")).isEqualByComparingTo("51.2");
        assertThat(ReachBaselinePage.parse("100")).isEqualByComparingTo("100");
        assertThat(ReachBaselinePage.parse("7%")).isEqualByComparingTo("7");
        assertThat(ReachBaselinePage.parse("100.1")).isNull();
        assertThat(ReachBaselinePage.parse("1.25")).isNull();
        assertThat(ReachBaselinePage.parse("-1")).isNull();
        assertThat(ReachBaselinePage.parse("abc")).isNull();
    }
}
