package org.involveportal.testsupport;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.involveportal.response.AnsweringAs;
import org.involveportal.response.Channel;

/**
 * The analysis figures of one consultation two ways, as "section | answer" to a count: as the portal
 * gives them (its figures export, the same report as the analysis page), and as counting the rows of
 * response and response_answer with the bare GROUP BY statements gives them. Equal maps mean every
 * figure is exact. Theme counts and the reach report are left out: they are counted from their own rows.
 * Options must be labelled "Option 1", "Option 2", ... in English.
 */
public final class AnalysisFigures {

    /** A question of the consultation in order: its id, type, and options (or the rating scale's top). */
    public record Asked(long id, String type, int values) {
    }

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private AnalysisFigures() {
    }

    /** The figures in a figures export (CSV), without themes and reach. */
    public static Map<String, Long> exported(String csv) {
        var figures = new TreeMap<String, Long>();
        for (String line : csv.replace("\uFEFF", "").split("\r\n")) {
            var cells = csvCells(line);
            if (cells.size() >= 4 && cells.get(3).matches("\\d+") && !cells.get(0).equals("Reach")
                    && !cells.get(2).startsWith("Theme: ")) {
                figures.put(cells.get(0) + " | " + cells.get(2), Long.parseLong(cells.get(3)));
            }
        }
        return figures;
    }

    /** The same figures from the bare GROUP BY statements, for everyone (null) or one answering-as. */
    public static Map<String, Long> counted(Connection c, long consultationId, List<Asked> questions, AnsweringAs filter)
            throws SQLException, IOException {
        var labels = labels();
        String as = filter == null ? "" : " and r.answering_as = '" + filter.name() + "'";
        String of = " from response r where r.consultation_id = " + consultationId + as;
        var figures = new TreeMap<String, Long>();
        figures.put("Responses | All responses", single(c, "select count(*)" + of));
        for (Channel channel : Channel.values()) {
            figures.put("Responses by channel | " + labels.getProperty("analysis.channel." + channel.name()), 0L);
        }
        rows(c, "select r.channel, count(*)" + of + " group by r.channel",
                (key, n) -> figures.put("Responses by channel | " + labels.getProperty("analysis.channel." + key), n));
        for (AnsweringAs group : AnsweringAs.values()) {
            figures.put("Responses by who people answered as | " + labels.getProperty("answeringAs." + group.name()), 0L);
        }
        rows(c, "select r.answering_as, count(*)" + of + " group by r.answering_as",
                (key, n) -> figures.put("Responses by who people answered as | " + labels.getProperty("answeringAs." + key), n));
        rows(c, "select date(r.submitted_at - interval weekday(r.submitted_at) day) as week, count(*)" + of + " group by week",
                (key, n) -> figures.put("Responses by week | " + WEEK.format(LocalDate.parse(key)), n));
        // each question's rows, counted together: answered, and the value each row counts as
        var answered = new TreeMap<Long, Long>();
        rows(c, "select a.question_id, count(distinct a.response_id) from response_answer a join response r on r.id = a.response_id"
                + " where r.consultation_id = " + consultationId + as + " group by a.question_id",
                (key, n) -> answered.put(Long.parseLong(key), n));
        var values = new TreeMap<String, Long>();
        rows(c, "select concat(a.question_id, ' ', case q.type when 'RATING' then a.number_value else a.option_number end), count(*)"
                + " from response_answer a join response r on r.id = a.response_id join question q on q.id = a.question_id"
                + " where r.consultation_id = " + consultationId + as
                + " and q.type <> 'FREE_TEXT' and (q.type <> 'RANKING' or a.number_value = 1) group by 1", values::put);
        for (int i = 0; i < questions.size(); i++) {
            var question = questions.get(i);
            String section = "Question " + (i + 1) + " | ";
            figures.put(section + "Answered the question", answered.getOrDefault(question.id(), 0L));
            if (question.type().equals("FREE_TEXT")) {
                continue;
            }
            for (int v = 1; v <= question.values(); v++) {
                String label = question.type().equals("RATING") ? String.valueOf(v) : "Option " + v;
                figures.put(section + label, values.getOrDefault(question.id() + " " + v, 0L));
            }
        }
        return figures;
    }

    private interface Row {
        void add(String key, long count);
    }

    private static void rows(Connection c, String sql, Row row) throws SQLException {
        try (var s = c.createStatement(); var found = s.executeQuery(sql)) {
            while (found.next()) {
                row.add(found.getString(1), found.getLong(2));
            }
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement(); var found = s.executeQuery(sql)) {
            found.next();
            return found.getLong(1);
        }
    }

    private static Properties labels() throws IOException {
        var labels = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("translations/messages_en.properties"), StandardCharsets.UTF_8)) {
            labels.load(reader);
        }
        return labels;
    }

    /** One CSV line's cells, quotes undone. */
    private static List<String> csvCells(String line) {
        var cells = new ArrayList<String>();
        var cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
