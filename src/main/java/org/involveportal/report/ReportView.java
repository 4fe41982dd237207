package org.involveportal.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.involveportal.equality.SmallNumbers.Shown;
import org.involveportal.platform.ExportTable;

/**
 * A report's parts as they are shown and downloaded: every figure through {@link ReportSuppression}, written in
 * words ({@code text} looks up a bundle key in the reader's language), and in a table of parts a bar for each count
 * shown in the first column (above 0), as long as the count beside the largest one. The page and the XLSX use the same cells.
 */
public record ReportView(List<Part> parts) {

    /** One part: its title key and tables. */
    public record Part(String titleKey, List<Table> tables) {
    }

    /** One table: caption and column keys, rows, and whether it draws bars. */
    public record Table(String id, String captionKey, List<String> columnKeys, List<Row> rows, boolean bars) {
    }

    /** One row: a label key, or a text as written (in English), a link, and its cells; {@code total} ends a table of parts. */
    public record Row(String labelKey, String label, String link, List<Cell> cells, boolean total) {
    }

    /**
     * One cell: the text shown, the number a spreadsheet can add up (null when hidden or not a number), and a bar
     * length from 0 to 100 (negative when the cell has no bar).
     */
    public record Cell(String text, Number value, double bar) {
        public boolean hasBar() {
            return bar >= 0;
        }
    }

    public static ReportView of(List<ReportPart> parts, Function<String, String> text) {
        var shownParts = new ArrayList<Part>();
        int number = 0;
        for (ReportPart part : parts) {
            var tables = new ArrayList<Table>();
            for (ReportTable table : part.tables()) {
                tables.add(table(table, "report-table-" + ++number, text));
            }
            shownParts.add(new Part(part.titleKey(), tables));
        }
        return new ReportView(shownParts);
    }

    private static Table table(ReportTable table, String id, Function<String, String> text) {
        var shown = ReportSuppression.shown(table);
        int partRows = table.totalRow() ? table.rows().size() - 1 : table.rows().size();
        boolean bars = table.parts() && !table.rows().isEmpty() && table.rows().get(0).figures().get(0).isCount();
        long largest = 0;
        for (int r = 0; bars && r < partRows; r++) {
            if (shown.get(r).get(0) == Shown.COUNT) {
                largest = Math.max(largest, table.rows().get(r).figures().get(0).count());
            }
        }
        var rows = new ArrayList<Row>();
        for (int r = 0; r < table.rows().size(); r++) {
            var row = table.rows().get(r);
            boolean total = table.totalRow() && r == table.rows().size() - 1;
            var cells = new ArrayList<Cell>();
            for (int c = 0; c < row.figures().size(); c++) {
                var figure = row.figures().get(c);
                var how = shown.get(r).get(c);
                double bar = -1;
                if (bars && c == 0 && !total && how == Shown.COUNT && figure.count() > 0) {
                    bar = Math.round(1000.0 * figure.count() / largest) / 10.0;
                }
                cells.add(cell(figure, how, bar, text));
            }
            rows.add(new Row(row.labelKey(), row.label(), row.link(), cells, total));
        }
        return new Table(id, table.captionKey(), table.columnKeys(), rows, bars);
    }

    private static Cell cell(ReportFigure figure, Shown how, double bar, Function<String, String> text) {
        return switch (figure.kind()) {
            case COUNT -> switch (how) {
                case COUNT -> new Cell(String.valueOf(figure.count()), figure.count(), bar);
                case FEWER_THAN_FIVE -> new Cell(text.apply("reach.fewerThan5"), null, bar);
                case HIDDEN -> new Cell(text.apply("reach.hidden"), null, bar);
            };
            case MONEY -> new Cell("£" + money(figure.amount()), figure.amount(), bar);
            case PERCENT -> new Cell(figure.amount().toPlainString() + "%", figure.amount(), bar);
            case NOT_KNOWN -> new Cell(text.apply("report.notKnown"), null, bar);
        };
    }

    /** Pounds with pence, grouped by thousands, in Latin digits in every language (as on a bill). */
    static String money(BigDecimal amount) {
        var format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        format.setParseBigDecimal(true);
        return format.format(amount);
    }

    /**
     * Every figure in one sheet, a row each: part, table, row, column and the figure as shown (a number a
     * spreadsheet can add up, or the words for a hidden one). Row labels written in English stay in English.
     */
    public ExportTable exportTable(Function<String, String> text) {
        var export = new ExportTable(text.apply("report.export.part"), text.apply("report.export.table"),
                text.apply("report.export.row"), text.apply("report.export.column"), text.apply("report.export.figure"));
        for (Part part : parts) {
            for (Table table : part.tables()) {
                for (Row row : table.rows()) {
                    for (int c = 0; c < row.cells().size(); c++) {
                        var cell = row.cells().get(c);
                        export.row(text.apply(part.titleKey()), text.apply(table.captionKey()),
                                row.labelKey() == null ? row.label() : text.apply(row.labelKey()),
                                text.apply(table.columnKeys().get(c)), cell.value() == null ? cell.text() : cell.value());
                    }
                }
            }
        }
        return export;
    }
}
