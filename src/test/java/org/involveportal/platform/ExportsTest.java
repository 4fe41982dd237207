package org.involveportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;

class ExportsTest {

    @Test
    void formulaStartsAreNeutralised() {
        assertThat(SpreadsheetCells.neutralise("=SUM(A1:A2)")).isEqualTo("'=SUM(A1:A2)");
        assertThat(SpreadsheetCells.neutralise("+44 1234")).isEqualTo("'+44 1234");
        assertThat(SpreadsheetCells.neutralise("-2")).isEqualTo("'-2");
        assertThat(SpreadsheetCells.neutralise("@cmd")).isEqualTo("'@cmd");
        assertThat(SpreadsheetCells.neutralise("\tx")).isEqualTo("'\tx");
        assertThat(SpreadsheetCells.neutralise("\rx")).isEqualTo("'\rx");
        assertThat(SpreadsheetCells.neutralise("Plain = words")).isEqualTo("Plain = words");
        assertThat(SpreadsheetCells.neutralise("")).isEmpty();
        assertThat(SpreadsheetCells.neutralise(null)).isEmpty();
    }

    @Test
    void csvIsUtf8WithBomQuotedAndNeutralised() throws Exception {
        var table = new ExportTable("Question", "Answer", "Count")
                .row("Beth yw eich barn?", "=HYPERLINK(\"http://x\")", 3L)
                .row("Two, lines", "first\nsecond", null)
                .row("ŵ ŷ", "-5", 0L);
        var out = new ByteArrayOutputStream();
        Exports.csv(table, out);
        byte[] bytes = out.toByteArray();
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        assertThat(bytes[1]).isEqualTo((byte) 0xBB);
        assertThat(bytes[2]).isEqualTo((byte) 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFFQuestion,Answer,Count\r\n"
                + "Beth yw eich barn?,\"'=HYPERLINK(\"\"http://x\"\")\",3\r\n"
                + "\"Two, lines\",\"first\nsecond\",\r\n"
                + "ŵ ŷ,'-5,0\r\n");
    }

    @Test
    void xlsxHasTheSameCellsNeutralisedAndCountsAsNumbers() throws Exception {
        var table = new ExportTable("Answer", "Count").row("@SUM(1)", 12L).row("Cymraeg ŵ", 0L);
        var out = new ByteArrayOutputStream();
        Exports.xlsx(table, "Figures", out);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("Figures");
            List<org.dhatim.fastexcel.reader.Row> rows = sheet.read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Answer");
            assertThat(rows.get(1).getCellText(0)).isEqualTo("'@SUM(1)");
            assertThat(rows.get(1).getCell(1).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
            assertThat(rows.get(1).getCellText(1)).isEqualTo("12");
            assertThat(rows.get(2).getCellText(0)).isEqualTo("Cymraeg ŵ");
        }
    }
}
