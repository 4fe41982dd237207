package org.involveportal.actionplan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.involveportal.platform.SpreadsheetCells;

/**
 * A plan as a sheet, with the columns of the councils' action plans (Dudley's "key actions, responsible manager,
 * timescale, progress report, outcomes", Tower Hamlets' "action, when, lead"): Theme, Action, Lead, Timescale,
 * Progress, RAG, Outcome. Reading checks every row and gives each problem with its row number (the heading is row 1);
 * a sheet with any problem imports nothing.
 */
public final class PlanSheet {

    public static final List<String> COLUMNS = List.of("Theme", "Action", "Lead", "Timescale", "Progress", "RAG", "Outcome");

    /** The most rows one import takes. */
    public static final int MOST_ROWS = 500;

    /** One action as a row: Progress may be empty (then no update is made); the rest but Outcome are required. */
    public record Row(int number, String theme, String what, String lead, Timescale timescale, String progress, Rag rag,
                      String outcome) {
    }

    /** A problem with a row (0 for the sheet as a whole): the message key and the column it is in, or null. */
    public record Problem(int row, String column, String messageKey) implements java.io.Serializable {
    }

    /** The rows read, or the problems found (never both). */
    public record Reading(List<Row> rows, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private PlanSheet() {
    }

    /** Reads the cells of a sheet, its heading first. */
    public static Reading read(List<List<String>> cells) {
        var problems = new ArrayList<Problem>();
        var rows = new ArrayList<Row>();
        if (cells.isEmpty() || !headingMatches(cells.get(0))) {
            problems.add(new Problem(1, null, "actionPlanImport.problem.heading"));
            return new Reading(List.of(), problems);
        }
        int count = 0;
        for (int i = 1; i < cells.size(); i++) {
            var line = cells.get(i);
            if (line.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            count++;
            int number = i + 1;
            String theme = cell(line, 0);
            String what = cell(line, 1);
            String lead = cell(line, 2);
            String timescaleCell = cell(line, 3);
            String progress = cell(line, 4);
            String ragCell = cell(line, 5);
            String outcome = cell(line, 6);
            int before = problems.size();
            required(problems, number, "Theme", theme, PlanTheme.TITLE_MAX);
            required(problems, number, "Action", what, PlanAction.WHAT_MAX);
            required(problems, number, "Lead", lead, PlanAction.LEAD_MAX);
            var timescale = Timescale.parse(timescaleCell);
            if (timescale.isEmpty()) {
                problems.add(new Problem(number, "Timescale", timescaleCell.isEmpty()
                        ? "actionPlanImport.problem.missing" : "actionPlanImport.problem.timescale"));
            }
            if (progress.length() > ActionUpdate.WORDS_MAX) {
                problems.add(new Problem(number, "Progress", "actionPlanImport.problem.tooLong"));
            }
            var rag = Rag.parse(ragCell);
            if (rag.isEmpty()) {
                problems.add(new Problem(number, "RAG", ragCell.isEmpty() ? "actionPlanImport.problem.missing" : "actionPlanImport.problem.rag"));
            }
            if (outcome.length() > PlanAction.OUTCOME_MAX) {
                problems.add(new Problem(number, "Outcome", "actionPlanImport.problem.tooLong"));
            }
            if (problems.size() == before) {
                rows.add(new Row(number, theme, what, lead, timescale.get(), progress, rag.get(), outcome));
            }
        }
        if (count == 0) {
            problems.add(new Problem(0, null, "actionPlanImport.problem.empty"));
        } else if (count > MOST_ROWS) {
            problems.add(new Problem(0, null, "actionPlanImport.problem.tooMany"));
        }
        return problems.isEmpty() ? new Reading(List.copyOf(rows), List.of()) : new Reading(List.of(), List.copyOf(problems));
    }

    /**
     * Reads an uploaded sheet: XLSX (a zip, by its first bytes) from its first worksheet, otherwise CSV in UTF-8. A file
     * that is neither gives the heading problem.
     */
    public static Reading readFile(byte[] content) {
        if (content.length > 1 && content[0] == 'P' && content[1] == 'K') {
            try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
                var cells = new ArrayList<List<String>>();
                try (var rows = workbook.getFirstSheet().openStream()) {
                    rows.forEach(row -> {
                        while (cells.size() < row.getRowNum() - 1) {
                            cells.add(List.of()); // a blank row the sheet leaves out keeps the numbers right
                        }
                        var line = new ArrayList<String>();
                        for (int c = 0; c < Math.min(row.getCellCount(), COLUMNS.size()); c++) {
                            line.add(row.getCell(c) == null ? "" : row.getCellText(c));
                        }
                        cells.add(line);
                    });
                }
                return read(cells);
            } catch (IOException | RuntimeException e) {
                return new Reading(List.of(), List.of(new Problem(1, null, "actionPlanImport.problem.heading")));
            }
        }
        return readCsv(new String(content, StandardCharsets.UTF_8));
    }

    /** Reads CSV text (commas, double quotes around cells that hold commas, quotes or new lines). */
    public static Reading readCsv(String text) {
        return read(parseCsv(text == null ? "" : text));
    }

    private static boolean headingMatches(List<String> heading) {
        if (heading.size() < COLUMNS.size()) {
            return false;
        }
        for (int i = 0; i < COLUMNS.size(); i++) {
            String cell = heading.get(i) == null ? "" : heading.get(i).strip().replace("\uFEFF", "");
            if (!cell.toLowerCase(Locale.ROOT).equals(COLUMNS.get(i).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static void required(List<Problem> problems, int row, String column, String value, int most) {
        if (value.isEmpty()) {
            problems.add(new Problem(row, column, "actionPlanImport.problem.missing"));
        } else if (value.length() > most) {
            problems.add(new Problem(row, column, "actionPlanImport.problem.tooLong"));
        }
    }

    /** A cell as typed: the apostrophe an export puts before a formula-like cell is taken off again. */
    private static String cell(List<String> line, int index) {
        String cell = index < line.size() && line.get(index) != null ? line.get(index) : "";
        if (cell.startsWith("'") && SpreadsheetCells.neutralise(cell.substring(1)).equals(cell)) {
            cell = cell.substring(1);
        }
        return cell.strip();
    }

    /** RFC 4180 CSV: rows of cells. */
    static List<List<String>> parseCsv(String text) {
        var rows = new ArrayList<List<String>>();
        var row = new ArrayList<String>();
        var cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            any = true;
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                any = false;
            } else {
                cell.append(c);
            }
        }
        if (any) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
