package org.involveportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {" =1+1", "  =HYPERLINK(\"http://x\")", "\t=1", " \t +44", "\n-2", "\r\n@SUM(1)",
            "\u00A0=1", "\u2003=1", "\u200B=1", "\uFEFF=1", "\u0000=1", "\u001F+1", "\u000B-1", "\u000C@x",
            "\u3000=1", "\uFF1D1", " \uFF0B1", "\uFF0D1", "\uFF20x", "\t", "\r"})
    void formulaAfterBlanksOrInvisibleCharactersIsNeutralised(String cell) {
        assertThat(SpreadsheetCells.neutralise(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Plain = words", " plain", "  ", "\u00A0text - more", "a=b", "1+1", "e@mail.example"})
    void ordinaryTextIsLeftAlone(String cell) {
        assertThat(SpreadsheetCells.neutralise(cell)).isEqualTo(cell);
    }
}
