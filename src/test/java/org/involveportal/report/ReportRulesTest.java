package org.involveportal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.involveportal.equality.SmallNumbers.Shown.COUNT;
import static org.involveportal.equality.SmallNumbers.Shown.FEWER_THAN_FIVE;
import static org.involveportal.equality.SmallNumbers.Shown.HIDDEN;
import static org.involveportal.report.ReportFigure.count;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The report's periods and its small-number rule, without a server. */
class ReportRulesTest {

    private static ReportRow row(String key, long... counts) {
        return new ReportRow(key, null, null, java.util.Arrays.stream(counts).mapToObj(ReportFigure::count).toList());
    }

    @Test
    @DisplayName("Every count from 1 to 4 is 'fewer than 5'; 0 and 5 are shown; money is never hidden")
    void smallCountsOnTheirOwn() {
        var table = ReportTable.of("c", List.of("a", "b"), List.of(
                row("r1", 0, 1), row("r2", 4, 5),
                new ReportRow("r3", null, null, List.of(count(3), ReportFigure.money(new BigDecimal("2.50"))))));
        assertThat(ReportSuppression.shown(table)).containsExactly(
                List.of(COUNT, FEWER_THAN_FIVE), List.of(FEWER_THAN_FIVE, COUNT), List.of(FEWER_THAN_FIVE, COUNT));
    }

    @Test
    @DisplayName("In parts of a whole, one small part hides the smallest other part too, so the total cannot reveal it")
    void secondarySuppression() {
        var table = ReportTable.parts("c", List.of("n"), List.of(row("a", 3), row("b", 12), row("c", 7), row("d", 0), row("t", 22)), true);
        assertThat(ReportSuppression.shown(table)).containsExactly(
                List.of(FEWER_THAN_FIVE), List.of(COUNT), List.of(HIDDEN), List.of(COUNT), List.of(COUNT));
    }

    @Test
    @DisplayName("Two small parts hide only themselves: the total reveals their sum, not either one")
    void twoSmallParts() {
        var table = ReportTable.parts("c", List.of("n"), List.of(row("a", 2), row("b", 1), row("c", 9), row("t", 12)), true);
        assertThat(ReportSuppression.shown(table)).containsExactly(
                List.of(FEWER_THAN_FIVE), List.of(FEWER_THAN_FIVE), List.of(COUNT), List.of(COUNT));
    }

    @Test
    @DisplayName("A small total hides every part of its column; a table that is not parts of a whole hides nothing more")
    void smallTotal() {
        var parts = ReportTable.parts("c", List.of("n"), List.of(row("a", 0), row("b", 4), row("t", 4)), true);
        assertThat(ReportSuppression.shown(parts)).containsExactly(List.of(COUNT), List.of(FEWER_THAN_FIVE), List.of(FEWER_THAN_FIVE));
        var alone = ReportTable.of("c", List.of("n"), List.of(row("a", 3), row("b", 12), row("c", 7)));
        assertThat(ReportSuppression.shown(alone)).containsExactly(List.of(FEWER_THAN_FIVE), List.of(COUNT), List.of(COUNT));
    }

    @Test
    @DisplayName("Periods: financial year April to March, calendar year, quarters; each slug reads back as its period")
    void periods() {
        var financial = ReportPeriod.fromSlug("2025-26").orElseThrow();
        assertThat(financial.firstDay()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(financial.lastDay()).isEqualTo(LocalDate.of(2026, 3, 31));
        // midnight in London in summer time is 23:00 UTC the day before
        assertThat(financial.from()).isEqualTo(Instant.parse("2025-03-31T23:00:00Z"));
        assertThat(financial.until()).isEqualTo(Instant.parse("2026-03-31T23:00:00Z"));
        assertThat(ReportPeriod.fromSlug("2025").orElseThrow().lastDay()).isEqualTo(LocalDate.of(2025, 12, 31));
        var q3 = ReportPeriod.fromSlug("2025-q3").orElseThrow();
        assertThat(q3.firstDay()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(q3.lastDay()).isEqualTo(LocalDate.of(2025, 9, 30));
        for (var period : List.of(financial, q3, ReportPeriod.calendarYear(2024), ReportPeriod.financialYear(2099 - 1))) {
            assertThat(ReportPeriod.fromSlug(period.slug())).contains(period);
        }
        assertThat(ReportPeriod.fromSlug("2025-27")).isEmpty();
        assertThat(ReportPeriod.fromSlug("2025-q5")).isEmpty();
        assertThat(ReportPeriod.fromSlug("../x")).isEmpty();
        assertThat(ReportPeriod.quarterBefore(LocalDate.of(2026, 2, 10))).isEqualTo(ReportPeriod.quarter(2025, 4));
        assertThat(ReportPeriod.quarterBefore(LocalDate.of(2026, 12, 6))).isEqualTo(ReportPeriod.quarter(2026, 3));
        assertThat(q3.isOverAt(Instant.parse("2025-09-30T22:59:59Z"))).isFalse();
        assertThat(q3.isOverAt(Instant.parse("2025-09-30T23:00:00Z"))).isTrue();
    }

    @Test
    @DisplayName("A figure is a count or an exact, never negative, amount; rows have one figure per column")
    void figures() {
        assertThat(ReportFigure.money(new BigDecimal("12.5")).amount()).isEqualByComparingTo("12.50");
        assertThatThrownBy(() -> ReportFigure.money(new BigDecimal("1.005"))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> count(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportTable.of("c", List.of("a", "b"), List.of(row("r", 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("The view writes every figure, suppressed ones in words, bars beside the largest part, and the XLSX the same cells")
    void viewAndExport() {
        var parts = ReportTable.parts("caption", List.of("n", "money"), List.of(
                new ReportRow("a", null, null, List.of(count(10), ReportFigure.money(new BigDecimal("1234.5")))),
                new ReportRow("b", null, null, List.of(count(2), ReportFigure.money(new BigDecimal("0")))),
                new ReportRow("c", null, null, List.of(count(5), ReportFigure.notKnown())),
                new ReportRow("total", null, null, List.of(count(17), ReportFigure.money(new BigDecimal("1234.50"))))), true);
        var view = ReportView.of(List.of(new ReportPart("part", List.of(parts))), key -> "[" + key + "]");
        var rows = view.parts().get(0).tables().get(0).rows();
        assertThat(rows.get(0).cells().get(0).text()).isEqualTo("10");
        assertThat(rows.get(0).cells().get(0).bar()).isEqualTo(100.0);
        assertThat(rows.get(0).cells().get(1).text()).isEqualTo("£1,234.50");
        assertThat(rows.get(1).cells().get(0).text()).isEqualTo("[reach.fewerThan5]");
        assertThat(rows.get(1).cells().get(0).hasBar()).as("no bar for a hidden count").isFalse();
        assertThat(rows.get(2).cells().get(0).text()).isEqualTo("[reach.hidden]");
        assertThat(rows.get(2).cells().get(1).text()).isEqualTo("[report.notKnown]");
        assertThat(rows.get(3).total()).isTrue();
        assertThat(rows.get(3).cells().get(0).hasBar()).isFalse();
        var export = view.exportTable(key -> "[" + key + "]");
        assertThat(export.rows()).hasSize(8);
        assertThat(export.rows().get(0)).containsExactly("[part]", "[caption]", "[a]", "[n]", 10L);
        assertThat(export.rows().get(1).get(4)).isEqualTo(new BigDecimal("1234.50"));
        assertThat(export.rows().get(2).get(4)).isEqualTo("[reach.fewerThan5]");
    }
}
