package org.involveportal.platform;

/**
 * Keeps text from being read as a formula when an export is opened in a spreadsheet (CSV or formula
 * injection, as OWASP describes): a cell starting with =, +, -, @, a tab or a carriage return gets a
 * leading apostrophe, so it is shown as the text it is. Spreadsheets skip leading blanks before a
 * formula, so the same holds when those characters come after any run of spaces, tabs, line breaks,
 * no-break or other Unicode spaces, control or invisible format characters (zero-width space, byte
 * order mark); full-width forms of the four characters count too.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        char first = cell.charAt(0);
        if (first == '\t' || first == '\r') {
            return "'" + cell;
        }
        int i = 0;
        while (i < cell.length()) {
            int c = cell.codePointAt(i);
            if (!isBlankOrInvisible(c)) {
                return isFormulaStart(c) ? "'" + cell : cell;
            }
            i += Character.charCount(c);
        }
        return cell;
    }

    private static boolean isFormulaStart(int c) {
        return c == '=' || c == '+' || c == '-' || c == '@'
                || c == '\uFF1D' || c == '\uFF0B' || c == '\uFF0D' || c == '\uFF20';
    }

    private static boolean isBlankOrInvisible(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT;
    }
}
