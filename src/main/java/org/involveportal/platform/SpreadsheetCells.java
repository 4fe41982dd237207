package org.involveportal.platform;

/**
 * Keeps text from being read as a formula when an export is opened in a spreadsheet (CSV or formula
 * injection, as OWASP describes): a cell starting with =, +, -, @, a tab or a carriage return gets a
 * leading apostrophe, so it is shown as the text it is.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
