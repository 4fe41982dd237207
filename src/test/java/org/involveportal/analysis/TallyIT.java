package org.involveportal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.involveportal.response.AnsweringAs;
import org.involveportal.response.Channel;
import org.involveportal.staff.StaffSignIns;
import org.involveportal.testsupport.AnalysisFigures;
import org.involveportal.testsupport.AnalysisFigures.Asked;
import org.involveportal.testsupport.Browser;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.PortalExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The counts analysis shows are kept as responses arrive (response.ResponseTallies), not counted from
 * the rows on every view. After online responses from several clients at once, responses staff enter
 * from paper and phone meanwhile, and deletions among them (two of the same response at the same
 * moment too), every figure the analysis gives, for everyone and for each answering-as, equals
 * counting the rows of response and response_answer with the bare GROUP BY statements.
 */
@ExtendWith(PortalExtension.class)
class TallyIT {

    private static final int CLIENTS = 8;
    private static final int ONLINE_EACH = 6;
    private static final int STAFF_CLIENTS = 2;
    private static final int ENTERED_EACH = 6;
    /** Every third response a client sends or enters is deleted by an admin while the others still arrive. */
    private static final int DELETE_EVERY = 3;

    /** The seeded consultation: its slug, id, and question ids in order (choice, choices, rating, ranking, text). */
    record Seeded(String slug, long id, List<Long> questions) {
    }

    @Test
    @DisplayName("Online responses, assisted-digital entries and deletions at once: every analysis figure equals counting the rows")
    void figuresEqualTheRowsAfterConcurrentWrites(EmbeddedPortal portal) throws Exception {
        Seeded seeded = seed(portal);
        var admin = StaffSignIns.signedIn(portal, "admin@example.gov.uk");
        var anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        BlockingQueue<String> toDelete = new LinkedBlockingQueue<>();
        int deletions = CLIENTS * ((ONLINE_EACH + DELETE_EVERY - 1) / DELETE_EVERY)
                + STAFF_CLIENTS * ((ENTERED_EACH + DELETE_EVERY - 1) / DELETE_EVERY);

        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + STAFF_CLIENTS + 1);
        var work = new ArrayList<Future<List<String>>>();
        try {
            for (int client = 0; client < CLIENTS; client++) {
                var random = new Random(100 + client);
                work.add(pool.submit(() -> {
                    var sent = new ArrayList<String>();
                    for (int i = 0; i < ONLINE_EACH; i++) {
                        String reference = respondOnline(portal, anonymous, seeded, random);
                        sent.add(reference);
                        if (i % DELETE_EVERY == 0) {
                            toDelete.add(reference);
                        }
                    }
                    return sent;
                }));
            }
            for (int client = 0; client < STAFF_CLIENTS; client++) {
                var random = new Random(200 + client);
                // a session each, as two people entering post at once would have
                var staff = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
                work.add(pool.submit(() -> {
                    var entered = new ArrayList<String>();
                    for (int i = 0; i < ENTERED_EACH; i++) {
                        String reference = enter(staff, seeded, random);
                        entered.add(reference);
                        if (i % DELETE_EVERY == 0) {
                            toDelete.add(reference);
                        }
                    }
                    return entered;
                }));
            }
            Callable<List<String>> deleter = () -> {
                var deleted = new ArrayList<String>();
                for (int i = 0; i < deletions; i++) {
                    String reference = toDelete.poll(2, TimeUnit.MINUTES);
                    assertThat(reference).as("a response to delete arrived").isNotNull();
                    var answer = staffPost(admin, "staff/response-delete", "reference=" + reference + "&reason="
                            + encode("Entered twice by mistake"));
                    assertThat(answer.statusCode()).as("deleted " + reference).isEqualTo(302);
                    deleted.add(reference);
                }
                return deleted;
            };
            work.add(pool.submit(deleter));
            var all = new ArrayList<String>();
            for (var future : work) {
                all.addAll(future.get(5, TimeUnit.MINUTES));
            }
            int sentAndEntered = CLIENTS * ONLINE_EACH + STAFF_CLIENTS * ENTERED_EACH;
            assertThat(all).hasSize(sentAndEntered + deletions);
            assertThat(portal.count("select count(*) from response where consultation_id = ?", seeded.id()))
                    .isEqualTo(sentAndEntered - deletions);

            // two admins delete the same response at the same moment: it leaves the counts once
            String twice = portal.queryOne("select reference from response where consultation_id = ? order by id limit 1", seeded.id());
            var barrier = new CyclicBarrier(2);
            var otherAdmin = StaffSignIns.signedIn(portal, "admin@example.gov.uk");
            Callable<Integer> deleteTwice = () -> {
                var self = barrier.await(1, TimeUnit.MINUTES) == 0 ? admin : otherAdmin;
                return staffPost(self, "staff/response-delete", "reference=" + twice + "&reason=" + encode("Asked to be erased"))
                        .statusCode();
            };
            var first = pool.submit(deleteTwice);
            var second = pool.submit(deleteTwice);
            var statuses = List.of(first.get(2, TimeUnit.MINUTES), second.get(2, TimeUnit.MINUTES));
            assertThat(statuses).containsExactlyInAnyOrder(302, 200);
            assertThat(portal.count("select count(*) from response where reference = ?", twice)).isZero();
        } finally {
            pool.shutdownNow();
        }

        String questions = "(select id from question where consultation_id = " + seeded.id() + ")";
        assertThat(portal.count("select count(*) from response_tally where n < 0 and consultation_id = ?", seeded.id())
                + portal.count("select count(*) from question_tally where n < 0 and question_id in " + questions)
                + portal.count("select count(*) from answer_tally where n < 0 and question_id in " + questions))
                .as("no count below zero").isZero();
        var analyst = StaffSignIns.signedIn(portal, "analyst@example.gov.uk");
        var asked = List.of(new Asked(seeded.questions().get(0), "SINGLE_CHOICE", 3),
                new Asked(seeded.questions().get(1), "MULTIPLE_CHOICE", 3), new Asked(seeded.questions().get(2), "RATING", 5),
                new Asked(seeded.questions().get(3), "RANKING", 3), new Asked(seeded.questions().get(4), "FREE_TEXT", 0));
        var filters = new ArrayList<AnsweringAs>();
        filters.add(null);
        Collections.addAll(filters, AnsweringAs.values());
        for (AnsweringAs filter : filters) {
            var shown = figures(analyst, seeded, filter);
            Map<String, Long> counted;
            try (var c = portal.connectToDatabase()) {
                counted = AnalysisFigures.counted(c, seeded.id(), asked, filter);
            }
            assertThat(shown).as("figures for %s", filter == null ? "everyone" : filter).isEqualTo(counted);
        }
        // the list of consultations counts them from the tallies too
        var list = analyst.get("staff/analysis").body();
        var row = Pattern.compile("c=" + seeded.slug() + "\"[^>]*>[^<]*</a></td>\\s*<td>[^<]*</td>\\s*<td[^>]*>(\\d+)</td>").matcher(list);
        assertThat(row.find()).as("the consultation in the analysis list").isTrue();
        assertThat(Long.parseLong(row.group(1))).isEqualTo(
                portal.count("select count(*) from response where consultation_id = ?", seeded.id()));
    }

    @Test
    @DisplayName("Only an admin deletes a response; the reference and a reason are needed, each problem beside its field; the reason is audited, never the answers")
    void deletingAResponse(EmbeddedPortal portal) throws Exception {
        Seeded seeded = seed(portal);
        var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
        var admin = StaffSignIns.signedIn(portal, "admin@example.gov.uk");
        String reference = enter(editor, seeded, new Random(1));
        String words = "My neighbour Jo Bloggs at 4 High Street " + UUID.randomUUID();
        try (var c = portal.connectToDatabase(); var s = c.prepareStatement("update response_answer set text_value = ?"
                + " where question_id = ? and response_id = (select id from response where reference = ?)")) {
            s.setString(1, words);
            s.setLong(2, seeded.questions().get(4));
            s.setString(3, reference);
            s.executeUpdate();
        }
        int equality = portal.count("select count(*) from equality_answers where consultation_id = ?", seeded.id());

        assertThat(editor.get("staff/response-delete").statusCode()).isEqualTo(403);
        assertThat(editor.post("staff/response-delete", "reference=" + reference + "&reason=Forged").statusCode()).isEqualTo(403);
        assertThat(admin.get("staff/").body()).contains("id=\"menu-response-delete\"");
        assertThat(editor.get("staff/").body()).doesNotContain("menu-response-delete");

        var empty = admin.post("staff/response-delete", "reference=&reason=");
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(errorOf(empty.body(), "reference")).contains("Enter the reference of the response");
        assertThat(errorOf(empty.body(), "reason")).contains("Enter why the response is being deleted");
        var malformed = admin.post("staff/response-delete", "reference=RS-12&reason=" + encode("Twice"));
        assertThat(errorOf(malformed.body(), "reference")).contains("Enter a reference like RS-7KQ2-M9XD");
        assertThat(malformed.body()).contains(">Twice</textarea>");
        var unknown = admin.post("staff/response-delete", "reference=RS-2222-2222&reason=" + encode("Twice"));
        assertThat(errorOf(unknown.body(), "reference")).contains("No response has this reference");
        var tooLong = admin.post("staff/response-delete", "reference=" + reference + "&reason=" + "x".repeat(501));
        assertThat(errorOf(tooLong.body(), "reason")).contains("500 characters or fewer");
        assertThat(portal.count("select count(*) from response where reference = ?", reference)).isEqualTo(1);

        // a cached public page stays cached: no public page shows responses or their counts
        String page = "consultations/" + seeded.slug();
        page(portal, page);
        assertThat(page(portal, page).headers().firstValue("X-Page-Cache")).hasValue("hit");

        // typed as read out: lower case and spaces forgiven
        var deleted = admin.post("staff/response-delete", "reference=" + encode(" " + reference.toLowerCase(Locale.ROOT) + " ")
                + "&reason=" + encode("Entered twice from one paper form"));
        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(deleted.headers().firstValue("Location").orElse("")).endsWith("/staff/response-delete?deleted=" + reference);
        assertThat(admin.get("staff/response-delete?deleted=" + reference).body())
                .contains("Response " + reference + " is deleted and taken off the counts.");
        assertThat(portal.count("select count(*) from response where reference = ?", reference)).isZero();
        assertThat(portal.count("select count(*) from response_answer where text_value = ?", words)).isZero();
        assertThat(portal.count("select count(*) from equality_answers where consultation_id = ?", seeded.id())).isEqualTo(equality);
        assertThat(portal.count("select coalesce(sum(n), 0) from response_tally where consultation_id = ?", seeded.id())).isZero();
        assertThat(page(portal, page).headers().firstValue("X-Page-Cache")).hasValue("hit");

        String detail = portal.queryOne("select detail from audit_event where action = 'RESPONSE_DELETED' and subject_id = ?",
                seeded.slug());
        assertThat(detail).isEqualTo(reference + ": Entered twice from one paper form").doesNotContain("Bloggs");
        assertThat(portal.queryOne("select actor_email from audit_event where action = 'RESPONSE_DELETED' and subject_id = ?",
                seeded.slug())).isEqualTo("admin@example.gov.uk");
        // deleted once: a second try finds nothing
        var again = admin.post("staff/response-delete", "reference=" + reference + "&reason=" + encode("Again"));
        assertThat(errorOf(again.body(), "reference")).contains("No response has this reference");
    }

    @Test
    @DisplayName("The deletion form in a browser, in English and Welsh: the error summary links to each field, the problem is beside it, axe finds nothing")
    void deletionFormInABrowser(Browser browser, EmbeddedPortal portal) throws Exception {
        Seeded seeded = seed(portal);
        String reference = enter(StaffSignIns.signedIn(portal, "editor@example.gov.uk"), seeded, new Random(2));
        browser.reset(portal.baseUrl());
        StaffSignIns.signIn(browser, "admin@example.gov.uk");
        browser.clickAndWait(By.id("menu-response-delete"));
        browser.assertNoAxeViolations();
        browser.clickAndWait(By.id("delete-response"));
        assertThat(browser.driver().getTitle()).startsWith("Error: ");
        assertThat(browser.driver().findElement(By.id("reference-error")).getText()).contains("Enter the reference of the response");
        assertThat(browser.driver().findElement(By.id("reason-error")).getText()).contains("Enter why the response is being deleted");
        assertThat(browser.driver().findElement(By.id("reference")).getAttribute("aria-describedby")).contains("reference-error");
        assertThat(browser.driver().findElements(By.cssSelector(".error-summary a[href='#reference']"))).hasSize(1);
        browser.assertNoAxeViolations();

        browser.open("/cy/staff/response-delete");
        browser.type("reference", reference);
        browser.clickAndWait(By.id("delete-response"));
        assertThat(browser.driver().findElement(By.id("reason-error")).getText()).contains("Rhowch y rheswm dros ddileu'r ymateb");
        assertThat(browser.driver().findElement(By.id("reference")).getAttribute("value")).isEqualTo(reference);
        browser.assertNoAxeViolations();
        browser.type("reason", "Wedi'i roi ddwywaith");
        browser.clickAndWait(By.id("delete-response"));
        assertThat(browser.driver().getCurrentUrl()).contains("/cy/staff/response-delete?deleted=" + reference);
        assertThat(browser.driver().findElement(By.id("deleted")).getText()).contains(reference);
        browser.assertNoAxeViolations();
        assertThat(portal.count("select count(*) from response where reference = ?", reference)).isZero();
    }

    // ---- writing responses as residents and staff do ----

    /** A whole online response from a browser without JavaScript; its reference. */
    private static String respondOnline(EmbeddedPortal portal, HttpClient client, Seeded seeded, Random random) throws Exception {
        var start = post(portal, client, "consultations/" + seeded.slug() + "/respond", "");
        String location = start.headers().firstValue("Location").orElse("");
        assertThat(location).as("a draft started").contains("/respond/");
        String token = location.substring(location.indexOf("/respond/") + "/respond/".length());
        token = token.substring(0, token.indexOf('/'));
        String draft = "respond/" + token + "/";
        var as = post(portal, client, draft + "answering-as", "answeringAs=" + answeringAs(random) + "&action=continue");
        assertThat(as.statusCode()).as("answering as accepted").isEqualTo(302);
        var answered = post(portal, client, draft + "questions/1", answers(seeded, random) + "&action=continue");
        assertThat(answered.statusCode()).as("answers accepted").isEqualTo(302);
        var contact = post(portal, client, draft + "contact", "way=NONE&action=continue");
        assertThat(contact.statusCode()).as("contact accepted").isEqualTo(302);
        var sent = post(portal, client, draft + "check", "");
        assertThat(sent.headers().firstValue("Location").orElse("")).as("response sent").endsWith("/about-you");
        return portal.queryOne("select reference from response where draft_token = ?", token);
    }

    /** A response staff type in from paper, the phone or an event; its reference. */
    private static String enter(StaffSignIns.Client staff, Seeded seeded, Random random) throws Exception {
        Channel[] channels = {Channel.PAPER, Channel.PHONE, Channel.EVENT, Channel.SUPPORTED};
        var entered = staffPost(staff, "staff/response-entry?c=" + seeded.slug(), "channel=" + channels[random.nextInt(channels.length)]
                + "&language=en&answeringAs=" + answeringAs(random) + "&" + answers(seeded, random) + "&way=NONE");
        String location = entered.headers().firstValue("Location").orElse("");
        assertThat(location).as("response entered: %d %s", entered.statusCode(), problems(entered.body())).contains("entered=");
        return location.substring(location.indexOf("entered=") + "entered=".length());
    }

    private static String answeringAs(Random random) {
        return AnsweringAs.values()[random.nextInt(AnsweringAs.values().length)].name();
    }

    /** Answers to the five questions, some left out: every kind of value the analysis counts. */
    private static String answers(Seeded seeded, Random random) {
        var form = new ArrayList<String>();
        var q = seeded.questions();
        if (random.nextInt(4) > 0) {
            form.add("q" + q.get(0) + "=" + (1 + random.nextInt(3)));
        }
        for (int option = 1; option <= 3; option++) {
            if (random.nextBoolean()) {
                form.add("q" + q.get(1) + "=" + option);
            }
        }
        if (random.nextInt(4) > 0) {
            form.add("q" + q.get(2) + "=" + (1 + random.nextInt(5)));
        }
        if (random.nextInt(3) > 0) {
            var ranks = new ArrayList<>(List.of(1, 2, 3));
            Collections.shuffle(ranks, random);
            for (int option = 1; option <= 3; option++) {
                form.add("q" + q.get(3) + "-" + option + "=" + ranks.get(option - 1));
            }
        }
        if (random.nextBoolean()) {
            form.add("q" + q.get(4) + "=" + encode("More respite, " + random.nextInt(1000)));
        }
        return form.isEmpty() ? "x=" : String.join("&", form);
    }

    /**
     * A staff post, sent again if the container refused it (403) before it reached the page: Payara
     * Micro 6.2025.10 sometimes loses a signed-in session's roles when requests run at the same time
     * (payara/Payara#6145, fixed by payara/Payara#7928). A refused request does nothing, so sending it
     * again changes no count; a page's own answers (302, 200) are never sent again.
     */
    private static HttpResponse<String> staffPost(StaffSignIns.Client staff, String path, String form) throws Exception {
        var answer = staff.post(path, form);
        for (int again = 0; again < 5 && answer.statusCode() == 403; again++) {
            answer = staff.post(path, form);
        }
        return answer;
    }

    // ---- the figures the analysis gives ----

    private static Map<String, Long> figures(StaffSignIns.Client analyst, Seeded seeded, AnsweringAs filter) throws Exception {
        var export = analyst.get("staff/analysis-export?c=" + seeded.slug() + "&what=figures&format=csv"
                + (filter == null ? "" : "&as=" + filter.name()));
        assertThat(export.statusCode()).isEqualTo(200);
        return AnalysisFigures.exported(export.body());
    }

    // ---- seeding: an open consultation with one question of each kind ----

    private static Seeded seed(EmbeddedPortal portal) throws SQLException {
        String slug = "tally-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = portal.connectToDatabase()) {
            long id = insert(c, "insert into consultation (slug, opens_at, closes_at, published_at) values ('" + slug
                    + "', utc_timestamp(6) - interval 1 day, utc_timestamp(6) + interval 90 day, utc_timestamp(6) - interval 2 day)");
            exec(c, "insert into consultation_text (consultation_id, language, title, summary) values (" + id
                    + ", 'en', 'Counting care " + slug + "', 'Added by a test.'), (" + id + ", 'cy', 'Cyfrif gofal " + slug
                    + "', 'Gan brawf.')");
            exec(c, "insert into consultation_easy_read_idea (consultation_id, position, language, text, picture, alt_text)"
                    + " values (" + id + ", 0, 'en', 'Tell us what you think.', 'speech', 'Speech bubble')");
            var questions = new ArrayList<Long>();
            questions.add(question(c, id, 1, "SINGLE_CHOICE", null, 3));
            questions.add(question(c, id, 2, "MULTIPLE_CHOICE", null, 3));
            questions.add(question(c, id, 3, "RATING", 5, 0));
            questions.add(question(c, id, 4, "RANKING", null, 3));
            questions.add(question(c, id, 5, "FREE_TEXT", null, 0));
            exec(c, "insert into equality_answers (id, consultation_id, sex) values ('" + UUID.randomUUID() + "', " + id
                    + ", 'FEMALE')");
            return new Seeded(slug, id, questions);
        }
    }

    private static long question(Connection c, long consultationId, int position, String type, Integer scale, int options)
            throws SQLException {
        long id = insert(c, "insert into question (consultation_id, position, page, type, required, max_length, scale_max)"
                + " values (" + consultationId + ", " + position + ", 1, '" + type + "', false, "
                + ("FREE_TEXT".equals(type) ? "1200" : "null") + ", " + scale + ")");
        exec(c, "insert into question_text (question_id, language, text) values (" + id + ", 'en', 'Question " + position
                + "'), (" + id + ", 'cy', 'Cwestiwn " + position + "')");
        for (int n = 1; n <= options; n++) {
            exec(c, "insert into question_option (question_id, number, language, label) values (" + id + ", " + n
                    + ", 'en', 'Option " + n + "'), (" + id + ", " + n + ", 'cy', 'Dewis " + n + "')");
        }
        return id;
    }

    // ---- plumbing ----

    private static HttpResponse<String> post(EmbeddedPortal portal, HttpClient client, String path, String form) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(portal.baseUrl() + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", portal.baseUrl().replaceAll("/$", ""))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> page(EmbeddedPortal portal, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(portal.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Every problem a page shows beside its fields, to say why a form was refused. */
    private static List<String> problems(String body) {
        var found = new ArrayList<String>();
        var error = Pattern.compile("class=\"error-message\" id=\"([^\"]+)\"[^>]*>(.*?)</p>", Pattern.DOTALL).matcher(body);
        while (error.find()) {
            found.add(error.group(1) + ": " + error.group(2).replaceAll("<[^>]+>", "").strip());
        }
        return found;
    }

    /** The message shown beside a field ({@code id-error}). */
    private static String errorOf(String body, String field) {
        var error = Pattern.compile("id=\"" + field + "-error\"[^>]*>(.*?)</p>", Pattern.DOTALL).matcher(body);
        assertThat(error.find()).as("a problem beside " + field).isTrue();
        return error.group(1).replaceAll("<[^>]+>", "").strip();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static long insert(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement()) {
            s.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
            try (var keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
