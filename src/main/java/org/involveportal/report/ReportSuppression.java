package org.involveportal.report;

import java.util.ArrayList;
import java.util.List;
import org.involveportal.equality.SmallNumbers;
import org.involveportal.equality.SmallNumbers.Shown;

/**
 * The report's one rule for small numbers, applied to every part whichever feature added it, on the page and in the
 * XLSX alike ({@link SmallNumbers}, the reach report's rule):
 * <ul>
 *   <li>every count from 1 to 4 is shown as "fewer than 5"; 0 is shown as 0; money and percentages as they are;</li>
 *   <li>in a table of parts of one whole, column by column: when exactly one part is hidden that way, the smallest
 *       other part above 0 is hidden too, so the whole minus the parts shown cannot reveal it;</li>
 *   <li>a total under 5 is "fewer than 5", and then so is every part above 0 of its column.</li>
 * </ul>
 */
public final class ReportSuppression {

    private ReportSuppression() {
    }

    /** How each figure of the table is shown, row by row and column by column. */
    public static List<List<Shown>> shown(ReportTable table) {
        int rowCount = table.rows().size();
        int columns = table.columnKeys().size();
        var shown = new ArrayList<List<Shown>>();
        for (int r = 0; r < rowCount; r++) {
            var row = new ArrayList<Shown>();
            for (int c = 0; c < columns; c++) {
                var figure = table.rows().get(r).figures().get(c);
                row.add(figure.isCount() && SmallNumbers.isSmall(figure.count()) ? Shown.FEWER_THAN_FIVE : Shown.COUNT);
            }
            shown.add(row);
        }
        if (!table.parts()) {
            return shown;
        }
        int partRows = table.totalRow() ? rowCount - 1 : rowCount;
        for (int c = 0; c < columns; c++) {
            if (!table.rows().get(0).figures().get(c).isCount()) {
                continue;
            }
            var counts = new ArrayList<Long>();
            for (int r = 0; r < partRows; r++) {
                counts.add(table.rows().get(r).figures().get(c).count());
            }
            var parts = SmallNumbers.categories(counts);
            boolean totalSmall = table.totalRow() && SmallNumbers.isSmall(table.rows().get(rowCount - 1).figures().get(c).count());
            for (int r = 0; r < partRows; r++) {
                shown.get(r).set(c, totalSmall && counts.get(r) > 0 ? Shown.FEWER_THAN_FIVE : parts.get(r));
            }
        }
        return shown;
    }
}
