package org.involveportal.report;

import java.util.List;

/**
 * One table of a report part: a caption and column headings (bundle keys), and rows. When {@code parts} is true
 * the rows are the parts of one whole (everyone counted once, in one row), so the report also hides a second
 * count where a total could reveal a small one; when {@code totalRow} is true the last row is that total.
 */
public record ReportTable(String captionKey, List<String> columnKeys, List<ReportRow> rows, boolean parts, boolean totalRow) {

    public ReportTable {
        columnKeys = List.copyOf(columnKeys);
        rows = List.copyOf(rows);
        for (ReportRow row : rows) {
            if (row.figures().size() != columnKeys.size()) {
                throw new IllegalArgumentException("Each row of " + captionKey + " has one figure per column");
            }
        }
        if (totalRow && (!parts || rows.isEmpty())) {
            throw new IllegalArgumentException("A total row ends a table of parts");
        }
    }

    /** A table whose rows each stand alone. */
    public static ReportTable of(String captionKey, List<String> columnKeys, List<ReportRow> rows) {
        return new ReportTable(captionKey, columnKeys, rows, false, false);
    }

    /** A table whose rows are the parts of one whole, perhaps ending with the total. */
    public static ReportTable parts(String captionKey, List<String> columnKeys, List<ReportRow> rows, boolean totalRow) {
        return new ReportTable(captionKey, columnKeys, rows, true, totalRow);
    }
}
