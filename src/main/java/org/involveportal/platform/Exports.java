package org.involveportal.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;

/**
 * Writes an {@link ExportTable} as CSV (UTF-8 with a byte order mark, so spreadsheet programs read
 * Welsh and Urdu correctly; RFC 4180 quoting) or as XLSX. Every text cell is neutralised first
 * ({@link SpreadsheetCells}); counts are written as numbers.
 */
public final class Exports {

    private Exports() {
    }

    public static void csv(ExportTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writeCsvRow(writer, List.copyOf(table.headings()));
        for (var row : table.rows()) {
            writeCsvRow(writer, row);
        }
        writer.flush();
    }

    private static void writeCsvRow(Writer writer, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(csvField(cells.get(i)));
        }
        writer.write("\r\n");
    }

    static String csvField(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Number number) {
            return number.toString();
        }
        String text = SpreadsheetCells.neutralise(cell.toString());
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    public static void xlsx(ExportTable table, String sheetName, OutputStream out) throws IOException {
        var workbook = new Workbook(out, "Involve", "1.0");
        var sheet = workbook.newWorksheet(sheetName);
        for (int c = 0; c < table.headings().size(); c++) {
            sheet.value(0, c, SpreadsheetCells.neutralise(table.headings().get(c)));
            sheet.style(0, c).bold().set();
        }
        int r = 1;
        for (var row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                Object cell = row.get(c);
                if (cell instanceof Number number) {
                    sheet.value(r, c, number);
                } else if (cell != null) {
                    sheet.value(r, c, SpreadsheetCells.neutralise(cell.toString()));
                }
            }
            r++;
        }
        workbook.finish();
    }
}
