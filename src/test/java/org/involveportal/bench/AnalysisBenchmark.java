package org.involveportal.bench;

import static org.involveportal.bench.BenchmarkRun.append;
import static org.involveportal.bench.BenchmarkRun.count;
import static org.involveportal.bench.BenchmarkRun.origin;
import static org.involveportal.bench.BenchmarkRun.percentile;
import static org.involveportal.bench.BenchmarkRun.post;
import static org.involveportal.bench.BenchmarkRun.single;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.involveportal.demo.DemoStaff;
import org.involveportal.response.AnsweringAs;
import org.involveportal.response.ResponseTallies;
import org.involveportal.staff.StaffSignIns;
import org.involveportal.testsupport.AnalysisFigures;
import org.involveportal.testsupport.EmbeddedPortal;

/**
 * The analysis benchmark ({@code mvn -Pbench}, before the answering benchmark):
 *
 * <ol>
 *   <li>Seeds a published consultation with 20 questions (6 single choice, 4 multiple choice, 4 ratings,
 *       2 rankings, 4 free text) and {@code bench.responses} (100,000) sent responses, about 20 answer
 *       rows each, plus 20,000 equality answers and themes with 5,000 coded answers.</li>
 *   <li>Signs in as the demo analyst and loads the analysis page {@code bench.analysis.loads} (30) times
 *       one after another, for everyone and filtered to carers: median and p95.</li>
 *   <li>Runs the bare SQL aggregation statements that count the page's figures from the rows (as
 *       {@code AnalysisService} counted them before it read the tallies kept as responses arrive, and
 *       {@code ReachService}) over JDBC on the same database as often: median and p95, and the page's
 *       time as a multiple of them.</li>
 *   <li>Checks that the page's figures equal those bare counts, for everyone and for carers.</li>
 * </ol>
 *
 * Results go to {@code target/bench/analysis-results.txt}.
 */
public final class AnalysisBenchmark {

    private static final String SLUG = "bench-analysis";

    private final int responses = Integer.getInteger("bench.responses", 100_000);
    private final int loads = Integer.getInteger("bench.analysis.loads", 30);
    private final BenchmarkRun bench = new BenchmarkRun();
    private long consultationId;
    private final List<Long> questions = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        new AnalysisBenchmark().run();
    }

    private void run() throws Exception {
        var settings = bench.portal(null, bench.freshDataDir("analysis-data"), true, Map.of(), "payara-analysis.log");
        try (var portal = EmbeddedPortal.start(settings)) {
            long started = System.nanoTime();
            seed(portal);
            bench.record("seeded", count(portal, "select count(*) from response where consultation_id = " + consultationId)
                    + " responses, " + count(portal, "select count(*) from response_answer a join question q on q.id = a.question_id"
                    + " where q.consultation_id = " + consultationId) + " answer rows, 20 questions, "
                    + count(portal, "select count(*) from equality_answers where consultation_id = " + consultationId)
                    + " equality answers");
            bench.record("seeding took (s)", String.format("%.1f", (System.nanoTime() - started) / 1e9));
            started = System.nanoTime();
            countTallies(portal);
            bench.record("tallies counted (s)", String.format("%.1f (as the migration counts the responses already sent)",
                    (System.nanoTime() - started) / 1e9));
            var client = signIn(portal);
            String page = portal.baseUrl() + "staff/analysis-consultation?c=" + SLUG;
            for (int i = 0; i < 5; i++) { // warm up: compile the hot paths, fill the buffer pool
                load(client, page);
                load(client, page + "&as=CARER");
                sql(portal, null);
                sql(portal, "CARER");
            }
            compare("everyone", measurePage(client, page), measureSql(portal, null));
            compare("answering as CARER", measurePage(client, page + "&as=CARER"), measureSql(portal, "CARER"));
            checkFigures(portal, client);
            var export = new ArrayList<Double>();
            for (int i = 0; i < 5; i++) {
                export.add(load(client, portal.baseUrl() + "staff/analysis-export?c=" + SLUG + "&what=figures&format=xlsx"));
            }
            bench.record("figures export (XLSX)", String.format("median %.0f ms over 5 downloads", percentile(export, 50)));
            var answers = new ArrayList<Double>();
            for (int i = 0; i < 3; i++) {
                answers.add(load(client, portal.baseUrl() + "staff/analysis-export?c=" + SLUG + "&what=answers&format=csv"));
            }
            bench.record("answers export (CSV)", String.format("median %.0f ms over 3 downloads (%d free-text answers)",
                    percentile(answers, 50), count(portal, "select count(*) from response_answer a join question q on q.id ="
                            + " a.question_id where q.consultation_id = " + consultationId + " and q.type = 'FREE_TEXT'")));
        }
        bench.report("Analysis benchmark: " + responses + " responses to a consultation of 20 questions, "
                + loads + " loads per measurement", "analysis-results.txt");
    }

    // ---- seeding ----

    private static final String[] TYPES = {
        "SINGLE_CHOICE", "SINGLE_CHOICE", "SINGLE_CHOICE", "MULTIPLE_CHOICE", "RATING", "RANKING", "FREE_TEXT",
        "SINGLE_CHOICE", "MULTIPLE_CHOICE", "RATING", "FREE_TEXT", "SINGLE_CHOICE", "MULTIPLE_CHOICE", "RATING",
        "RANKING", "FREE_TEXT", "SINGLE_CHOICE", "MULTIPLE_CHOICE", "RATING", "FREE_TEXT"};

    private void seed(EmbeddedPortal portal) throws SQLException {
        try (var connection = portal.connectToDatabase()) {
            connection.setAutoCommit(false);
            consultationId = insert(connection, "insert into consultation (slug, opens_at, closes_at, published_at) values ('"
                    + SLUG + "', '2027-01-04 09:00:00', '2027-04-30 23:00:00', '2026-12-20 09:00:00')");
            exec(connection, "insert into consultation_text (consultation_id, language, title, summary) values (" + consultationId
                    + ", 'en', 'Benchmark: the future of day services', 'Seeded by the analysis benchmark.')");
            for (int position = 1; position <= TYPES.length; position++) {
                String type = TYPES[position - 1];
                long id = insert(connection, "insert into question (consultation_id, position, page, type, required, max_length,"
                        + " scale_max) values (" + consultationId + ", " + position + ", " + ((position - 1) / 5 + 1) + ", '" + type
                        + "', false, " + ("FREE_TEXT".equals(type) ? "1200" : "null") + ", " + ("RATING".equals(type) ? "5" : "null") + ")");
                exec(connection, "insert into question_text (question_id, language, text) values (" + id + ", 'en', 'Question "
                        + position + " about day services')");
                int options = switch (type) {
                    case "SINGLE_CHOICE", "RANKING" -> 4;
                    case "MULTIPLE_CHOICE" -> 5;
                    default -> 0;
                };
                for (int n = 1; n <= options; n++) {
                    exec(connection, "insert into question_option (question_id, number, language, label) values (" + id + ", " + n
                            + ", 'en', 'Option " + n + "')");
                }
                questions.add(id);
            }
            connection.commit();
            long firstId = single(connection, "select coalesce(max(id), 0) + 1 from response");
            var random = new Random(7);
            String[] answeringAs = {"SERVICE_USER", "CARER", "ON_BEHALF", "ORGANISATION", "PROFESSIONAL", "OTHER"};
            String[] channels = {"ONLINE", "ONLINE", "ONLINE", "ONLINE", "PAPER", "PHONE", "EVENT", "SUPPORTED"};
            String[] words = {"More respite, please.", "=Transport is the problem", "Day centres matter to us.",
                "Tell us what changed.", "Staff are kind but rushed."};
            int batch = 1000;
            for (int from = 0; from < responses; from += batch) {
                var responseRows = new StringBuilder();
                var answerRows = new StringBuilder();
                for (int i = from; i < Math.min(from + batch, responses); i++) {
                    long id = firstId + i;
                    Instant at = Instant.parse("2027-01-04T09:00:00Z").plusSeconds(i * 60L);
                    append(responseRows, "(" + id + "," + consultationId + ",'BA-" + i + "','" + channels[random.nextInt(channels.length)]
                            + "','" + answeringAs[random.nextInt(answeringAs.length)] + "','" + (random.nextInt(10) == 0 ? "cy" : "en")
                            + "','" + at.toString().replace("T", " ").replace("Z", "") + "','NONE')");
                    for (int q = 0; q < TYPES.length; q++) {
                        long question = questions.get(q);
                        switch (TYPES[q]) {
                            case "SINGLE_CHOICE" -> {
                                if (random.nextInt(10) > 0) {
                                    append(answerRows, "(" + id + "," + question + ",0," + (1 + random.nextInt(4)) + ",null,null)");
                                }
                            }
                            case "MULTIPLE_CHOICE" -> {
                                int first = 1 + random.nextInt(5);
                                append(answerRows, "(" + id + "," + question + ",0," + first + ",null,null)");
                                if (random.nextBoolean()) {
                                    append(answerRows, "(" + id + "," + question + ",1," + (first % 5 + 1) + ",null,null)");
                                }
                            }
                            case "RATING" -> append(answerRows, "(" + id + "," + question + ",0,null," + (1 + random.nextInt(5)) + ",null)");
                            case "RANKING" -> {
                                int shift = random.nextInt(4);
                                for (int option = 1; option <= 4; option++) {
                                    append(answerRows, "(" + id + "," + question + "," + (option - 1) + "," + option + ","
                                            + ((option + shift - 1) % 4 + 1) + ",null)");
                                }
                            }
                            default -> {
                                if (random.nextInt(5) == 0) {
                                    append(answerRows, "(" + id + "," + question + ",0,null,null,'"
                                            + words[random.nextInt(words.length)] + "')");
                                }
                            }
                        }
                    }
                }
                try (var statement = connection.createStatement()) {
                    statement.executeUpdate("insert into response (id, consultation_id, reference, channel, answering_as, language,"
                            + " submitted_at, contact_way) values " + responseRows);
                    statement.executeUpdate("insert into response_answer (response_id, question_id, position, option_number,"
                            + " number_value, text_value) values " + answerRows);
                }
                connection.commit();
            }
            // about you: one in five responders
            String[] sexes = {"FEMALE", "MALE", "PREFER_NOT_TO_SAY"};
            String[] ethnic = {"WHITE", "WHITE", "WHITE", "WHITE", "ASIAN", "BLACK", "MIXED", "OTHER"};
            for (int from = 0; from < responses / 5; from += batch) {
                var rows = new StringBuilder();
                for (int i = from; i < Math.min(from + batch, responses / 5); i++) {
                    append(rows, "('" + UUID.randomUUID() + "'," + consultationId + ",'" + sexes[random.nextInt(3)] + "','"
                            + ethnic[random.nextInt(ethnic.length)] + "','" + (random.nextBoolean() ? "YES" : "NO") + "')");
                }
                exec(connection, "insert into equality_answers (id, consultation_id, sex, ethnic_group, carer) values " + rows);
                connection.commit();
            }
            // themes: three for each free-text question, and 5,000 answers coded
            for (int q = 0; q < TYPES.length; q++) {
                if ("FREE_TEXT".equals(TYPES[q])) {
                    for (String theme : List.of("Respite", "Transport", "Staffing")) {
                        exec(connection, "insert into analysis_theme (question_id, name, created_at) values (" + questions.get(q)
                                + ", '" + theme + "', '2027-02-01 09:00:00')");
                    }
                }
            }
            exec(connection, "insert into analysis_coding (theme_id, response_id) select t.id, a.response_id from response_answer a"
                    + " join analysis_theme t on t.question_id = a.question_id and t.name = 'Respite'"
                    + " where a.question_id in (" + questions.get(6) + "," + questions.get(10) + ") and a.text_value is not null"
                    + " order by a.response_id limit 5000");
            connection.commit();
        }
    }

    /** The responses written by SQL above, counted into the tallies with the statements the portal rebuilds them with. */
    private void countTallies(EmbeddedPortal portal) throws SQLException {
        try (var connection = portal.connectToDatabase()) {
            for (String sql : ResponseTallies.rebuild(consultationId)) {
                exec(connection, sql);
            }
        }
    }

    /**
     * The page's figures (through the figures export, built from the same report) against counting the
     * rows with the bare GROUP BY statements, for everyone and for carers: every one equal, or the run fails.
     */
    private void checkFigures(EmbeddedPortal portal, HttpClient client) throws Exception {
        var asked = new ArrayList<AnalysisFigures.Asked>();
        for (int q = 0; q < TYPES.length; q++) {
            int values = switch (TYPES[q]) {
                case "SINGLE_CHOICE", "RANKING" -> 4;
                case "MULTIPLE_CHOICE", "RATING" -> 5;
                default -> 0;
            };
            asked.add(new AnalysisFigures.Asked(questions.get(q), TYPES[q], values));
        }
        var checked = new ArrayList<String>();
        for (AnsweringAs filter : Arrays.asList(null, AnsweringAs.CARER)) {
            var export = client.send(HttpRequest.newBuilder(URI.create(portal.baseUrl() + "staff/analysis-export?c=" + SLUG
                    + "&what=figures&format=csv" + (filter == null ? "" : "&as=" + filter.name()))).timeout(Duration.ofMinutes(2))
                    .build(), HttpResponse.BodyHandlers.ofString());
            var shown = AnalysisFigures.exported(export.body());
            Map<String, Long> counted;
            try (var connection = portal.connectToDatabase()) {
                counted = AnalysisFigures.counted(connection, consultationId, asked, filter);
            }
            String who = filter == null ? "everyone" : "answering as " + filter.name();
            if (!shown.equals(counted)) {
                bench.record("figures = bare SQL counts", "DIFFERENT for " + who + ": page " + shown + ", rows " + counted);
                bench.report("Analysis benchmark: figures differ", "analysis-results.txt");
                throw new IllegalStateException("The analysis page's figures differ from counting the rows, for " + who);
            }
            checked.add(who + " (" + shown.size() + " figures)");
        }
        bench.record("figures = bare SQL counts", "equal for " + String.join(" and ", checked));
    }

    // ---- the page ----

    private HttpClient signIn(EmbeddedPortal portal) throws IOException, InterruptedException {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        String email = "analyst@example.gov.uk";
        post(client, portal.baseUrl() + "staff/sign-in", "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(DemoStaff.PASSWORD, StandardCharsets.UTF_8), origin(portal));
        var code = post(client, portal.baseUrl() + "staff/sign-in-code", "code=" + StaffSignIns.nextCode(email, DemoStaff.APP_SECRET),
                origin(portal));
        if (!code.headers().firstValue("Location").orElse("").endsWith("/staff/")) {
            throw new IllegalStateException("The analyst could not sign in: " + code.statusCode());
        }
        return client;
    }

    /** One whole download in milliseconds; fails on anything but 200. */
    private static double load(HttpClient client, String url) throws IOException, InterruptedException {
        long started = System.nanoTime();
        var response = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        double ms = (System.nanoTime() - started) / 1e6;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return ms;
    }

    private List<Double> measurePage(HttpClient client, String url) throws IOException, InterruptedException {
        var times = new ArrayList<Double>();
        for (int i = 0; i < loads; i++) {
            times.add(load(client, url));
        }
        return times;
    }

    // ---- the bare SQL ----

    /** The aggregation statements that count one analysis page's figures from the rows (AnalysisService before tallies, ReachService), in milliseconds. */
    private double sql(EmbeddedPortal portal, String answeringAs) throws SQLException {
        String filter = answeringAs == null ? "" : " and r.answering_as = '" + answeringAs + "'";
        long id = consultationId;
        var statements = new ArrayList<String>();
        statements.add("select count(*) from response r where r.consultation_id = " + id + filter);
        statements.add("select r.channel, count(*) from response r where r.consultation_id = " + id + filter + " group by r.channel");
        statements.add("select r.answering_as, count(*) from response r where r.consultation_id = " + id + filter
                + " group by r.answering_as");
        statements.add("select date(r.submitted_at - interval weekday(r.submitted_at) day) as week, count(*) from response r"
                + " where r.consultation_id = " + id + filter + " group by week order by week");
        String value = "case q.type when 'RATING' then a.number_value else a.option_number end";
        String where = " and q.type <> 'FREE_TEXT' and (q.type <> 'RANKING' or a.number_value = 1)";
        if (answeringAs == null) {
            statements.add("select a.question_id, count(distinct a.response_id) from response_answer a"
                    + " where a.question_id in (select q.id from question q where q.consultation_id = " + id + ") group by a.question_id");
            statements.add("select a.question_id, " + value + " as v, count(*) from response_answer a join question q on q.id = a.question_id"
                    + " where q.consultation_id = " + id + where + " group by a.question_id, v");
        } else {
            statements.add("select a.question_id, count(distinct a.response_id) from response_answer a join response r on r.id = a.response_id"
                    + " where r.consultation_id = " + id + filter + " group by a.question_id");
            statements.add("select a.question_id, " + value + " as v, count(*) from response_answer a join question q on q.id = a.question_id"
                    + " join response r on r.id = a.response_id where r.consultation_id = " + id + filter + where
                    + " group by a.question_id, v");
        }
        statements.add("select t.id, t.question_id, t.name from analysis_theme t join question q on q.id = t.question_id"
                + " where q.consultation_id = " + id + " order by t.name, t.id");
        statements.add("select t.id, count(r.id) from analysis_theme t join question q on q.id = t.question_id"
                + " left join analysis_coding c on c.theme_id = t.id left join response r on r.id = c.response_id" + filter
                + " where q.consultation_id = " + id + " group by t.id");
        var reach = new StringBuilder("select 'total', 'all', count(*) from equality_answers where consultation_id = " + id);
        for (String column : List.of("age_group", "sex", "gender_as_at_birth", "sexual_orientation", "ethnic_group", "religion",
                "disability", "carer", "welsh_speaker")) {
            reach.append(" union all select '").append(column).append("', ").append(column)
                    .append(", count(*) from equality_answers where consultation_id = ").append(id).append(" and ")
                    .append(column).append(" is not null group by ").append(column);
        }
        statements.add(reach.toString());
        statements.add("select question, category, percent from equality_baseline");
        statements.add("select label from equality_baseline_source where id = 1");
        try (var connection = portal.connectToDatabase()) {
            long started = System.nanoTime();
            for (String sql : statements) {
                try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
                    while (rows.next()) {
                        rows.getObject(1);
                    }
                }
            }
            return (System.nanoTime() - started) / 1e6;
        }
    }

    private List<Double> measureSql(EmbeddedPortal portal, String answeringAs) throws SQLException {
        var times = new ArrayList<Double>();
        for (int i = 0; i < loads; i++) {
            times.add(sql(portal, answeringAs));
        }
        return times;
    }

    private void compare(String what, List<Double> page, List<Double> sql) {
        double pageMedian = percentile(page, 50);
        double pageP95 = percentile(page, 95);
        double sqlMedian = percentile(sql, 50);
        double sqlP95 = percentile(sql, 95);
        bench.record("page, " + what, String.format("median %.0f ms, p95 %.0f ms (%d loads one after another)", pageMedian, pageP95, page.size()));
        bench.record("bare SQL, " + what, String.format("median %.0f ms, p95 %.0f ms (the same aggregation statements over JDBC)",
                sqlMedian, sqlP95));
        bench.record("page / SQL, " + what, String.format("%.2f at the median, %.2f at p95", pageMedian / sqlMedian, pageP95 / sqlP95));
    }

    // ---- plumbing ----

    private static long insert(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.executeUpdate(sql, java.sql.Statement.RETURN_GENERATED_KEYS);
            try (var keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void exec(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

}
