package org.involveportal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.involveportal.staff.StaffSignIns.encode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.involveportal.staff.StaffSignIns;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.Http;
import org.involveportal.testsupport.PortalExtension;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The involvement report over plain HTTP: every figure of the demo's published report (the last whole quarter) checked
 * against counts the test makes in the database, small numbers suppressed on the page and in the XLSX read back;
 * publishing freezes the figures; only publishers publish, and forged posts from an editor or an analyst change
 * nothing; problems come back beside their fields.
 */
@ExtendWith(PortalExtension.class)
class InvolvementReportIT {

    private static final String FEWER = "fewer than 5";
    private static final String HIDDEN = "hidden";
    private static final Properties ENGLISH = english();

    private static final ReportPeriod DEMO = ReportPeriod.quarterBefore(LocalDate.now(ReportPeriod.LONDON));

    @Test
    @DisplayName("Every figure of the demo's published report equals a count in the database, small counts shown as 'fewer than 5'")
    void everyFigureMatchesTheDatabase(EmbeddedPortal portal) throws Exception {
        var page = page(portal, "involvement-reports/" + DEMO.slug());
        Object from = utc(DEMO.from());
        Object until = utc(DEMO.until());

        // taking part: each row on its own
        var summary = column(page, text("report.involvement.summary"), 0);
        String tookPart = "select i.resident_id from activity_interest i join activity a on a.id = i.activity_id"
                + " where i.attended = true and a.published = true and a.starts_at >= ? and a.starts_at < ?";
        String attended = "select g.resident_id from meeting_registration g join meeting m on m.id = g.meeting_id"
                + " where g.status = 'ATTENDED' and m.starts_at >= ? and m.starts_at < ?";
        String members = "select gm.resident_id from group_membership gm where gm.status = 'MEMBER'"
                + " and coalesce(gm.decided_at, gm.requested_at) < ?";
        int people = portal.count("select count(distinct p.resident_id) from (" + tookPart + " union " + attended + " union " + members + ") p",
                from, until, from, until, until);
        assertThat(people).as("the demo's eight involved residents at least").isGreaterThanOrEqualTo(8);
        assertThat(summary.get(text("report.row.peopleInvolved"))).isEqualTo(shown(people));
        int activities = portal.count("select count(*) from activity where published = true and starts_at >= ? and starts_at < ?", from, until);
        assertThat(activities).as("the demo's visit and focus group at least").isGreaterThanOrEqualTo(2);
        assertThat(summary.get(text("report.row.activitiesHeld"))).isEqualTo(shown(activities));
        assertThat(summary.get(text("report.row.activityTookPart"))).isEqualTo(shown(portal.count("select count(*) from (" + tookPart + ") t", from, until)));
        assertThat(summary.get(text("report.row.meetingsHeld")))
                .isEqualTo(shown(portal.count("select count(*) from meeting where starts_at >= ? and starts_at < ?", from, until)));
        assertThat(summary.get(text("report.row.meetingsAttended"))).isEqualTo(shown(portal.count("select count(*) from (" + attended + ") a", from, until)));
        assertThat(summary.get(text("report.row.groupMembers")))
                .isEqualTo(shown(portal.count("select count(distinct resident_id) from (" + members + ") m", until)));

        // by rung of the ladder: six came to the demo's visit (INVOLVING) and three to its focus group (CONSULTING), so
        // the three is "fewer than 5" and, while it is the only small one, the smallest other is hidden too
        var ladderCounts = new LinkedHashMap<String, Long>();
        for (String level : List.of("INFORMING", "CONSULTING", "INVOLVING", "COLLABORATING", "EMPOWERING")) {
            ladderCounts.put(text("ladder." + level), (long) portal.count("select count(*) from activity_interest i join activity a"
                    + " on a.id = i.activity_id where i.attended = true and a.published = true and a.ladder = ?"
                    + " and a.starts_at >= ? and a.starts_at < ?", level, from, until));
        }
        assertThat(ladderCounts.get(text("ladder.INVOLVING"))).isGreaterThanOrEqualTo(6);
        assertThat(ladderCounts.get(text("ladder.CONSULTING"))).isEqualTo(3);
        var ladder = column(page, text("report.involvement.byLadder"), 1);
        assertThat(ladder).containsAllEntriesOf(expectedParts(ladderCounts));
        assertThat(ladder.get(text("ladder.CONSULTING"))).isEqualTo(FEWER);
        assertThat(ladder.values()).contains(HIDDEN);

        // responses by channel, counted from the responses themselves
        var channelCounts = new LinkedHashMap<String, Long>();
        for (String channel : List.of("ONLINE", "PAPER", "PHONE", "EVENT", "SUPPORTED")) {
            channelCounts.put(text("report.channel." + channel), (long) portal.count(
                    "select count(*) from response where channel = ? and submitted_at >= ? and submitted_at < ?", channel, from, until));
        }
        var channels = column(page, text("report.involvement.byChannel"), 0);
        assertThat(channels).containsAllEntriesOf(expectedParts(channelCounts));
        assertThat(channels.get(text("report.channel.PHONE"))).isEqualTo(FEWER);
        assertThat(channels.get(text("report.channel.PAPER"))).as("the only other count the total could give away").isEqualTo(HIDDEN);

        // consultations and feedback on time (twelve weeks = 7257600 seconds)
        String counted = "select count(*) from consultation c where c.published_at is not null and c.withdrawn_at is null";
        String feedbackIn = " and c.feedback_published_at >= ? and c.feedback_published_at < ?";
        var consultations = column(page, text("report.consultations.table"), 0);
        assertThat(consultations.get(text("report.row.consultationsRun")))
                .isEqualTo(shown(portal.count(counted + " and c.opens_at < ? and c.closes_at > ?", until, from)));
        assertThat(consultations.get(text("report.row.consultationsClosed")))
                .isEqualTo(shown(portal.count(counted + " and c.closes_at >= ? and c.closes_at < ?", from, until)));
        int onTime = portal.count(counted + feedbackIn + " and c.feedback_published_at <= c.closes_at + interval 84 day", from, until);
        assertThat(onTime).as("the meals consultation's at least").isGreaterThanOrEqualTo(1);
        assertThat(consultations.get(text("report.row.feedbackOnTime"))).isEqualTo(shown(onTime));
        assertThat(consultations.get(text("report.row.feedbackLate")))
                .isEqualTo(shown(portal.count(counted + feedbackIn + " and c.feedback_published_at > c.closes_at + interval 84 day", from, until)));

        // "You said, we did": the meals consultation, linked, with its 19 responses
        var youSaid = column(page, text("report.youSaid.table"), 0);
        assertThat(youSaid).containsEntry("Meals at home",
                shown(portal.count("select count(*) from response r join consultation c on c.id = r.consultation_id where c.slug = 'meals-at-home-review'")));
        assertThat(youSaid.get("Meals at home")).isEqualTo("19");
        assertThat(page.selectFirst("a[href$=/consultations/meals-at-home-review]").attr("lang")).isEqualTo("en-GB");

        // reach: the "about you" answers to consultations that closed in the period, beside the baseline
        String closed = "select c.id from consultation c where c.published_at is not null and c.withdrawn_at is null"
                + " and c.closes_at >= ? and c.closes_at < ?";
        var answered = column(page, text("report.reach.answered"), 0);
        assertThat(answered.get(text("report.row.aboutYouAnswers")))
                .isEqualTo(shown(portal.count("select count(*) from equality_answers where consultation_id in (" + closed + ")", from, until)));
        var ageCounts = new LinkedHashMap<String, Long>();
        for (String age : List.of("UNDER_18", "18_24", "25_34", "35_44", "45_54", "55_64", "65_74", "75_84", "85_OVER", "PREFER_NOT_TO_SAY")) {
            ageCounts.put(text("equality.ageGroup." + age), (long) portal.count("select count(*) from equality_answers where age_group = ?"
                    + " and consultation_id in (" + closed + ")", age, from, until));
        }
        var ages = column(page, text("equality.ageGroup.question"), 0);
        assertThat(ages).containsAllEntriesOf(expectedParts(ageCounts));
        assertThat(ages.get(text("equality.ageGroup.65_74"))).isEqualTo("6");

        // the bars are drawn inside the cells, beside the number that is always written
        assertThat(page.select("table.report-table td.report-figure svg.report-bar")).isNotEmpty();
        assertThat(page.select("table.report-table caption")).hasSizeGreaterThan(10);
        assertThat(page.select("table.report-table th[scope=col]")).isNotEmpty();
    }

    @Test
    @DisplayName("The XLSX holds the figures the page shows, the suppressed ones as words, and comes in Welsh under /cy")
    void spreadsheetHoldsThePageFigures(EmbeddedPortal portal) throws Exception {
        var page = page(portal, "involvement-reports/" + DEMO.slug());
        var shownOnPage = new ArrayList<String>();
        for (Element table : page.select("table.report-table")) {
            for (Element cell : table.select("tbody td.report-figure")) {
                shownOnPage.add(asNumber(cell.text()));
            }
        }
        var rows = xlsx(portal, "involvement-reports/" + DEMO.slug() + ".xlsx");
        assertThat(rows.get(0)).containsExactly("Part", "Table", "Row", "Column", "Figure");
        var figures = rows.subList(1, rows.size()).stream().map(row -> row.get(4)).toList();
        assertThat(figures).containsExactlyElementsOf(shownOnPage);
        assertThat(figures).contains(FEWER, HIDDEN);
        var channels = rows.stream().filter(row -> row.get(1).equals(text("report.involvement.byChannel"))).toList();
        assertThat(channels).anySatisfy(row -> assertThat(row).containsExactly(text("report.involvement.title"),
                text("report.involvement.byChannel"), text("report.channel.PHONE"), text("report.column.responses"), FEWER));

        var welsh = xlsx(portal, "cy/involvement-reports/" + DEMO.slug() + ".xlsx");
        assertThat(welsh.get(0)).containsExactly("Rhan", "Tabl", "Rhes", "Colofn", "Ffigur");
        assertThat(welsh.stream().map(row -> row.get(4)).toList()).contains("llai na 5");
        assertThat(Http.get(portal.baseUrl() + "involvement-reports/1999-q1.xlsx").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("Published figures are frozen: a response added to the period afterwards changes the database, not the report")
    void publishingFreezesTheFigures(EmbeddedPortal portal) throws Exception {
        var period = ReportPeriod.quarter(2001, 1);
        long consultation = consultationIn2001(portal, "report-freeze-2001");
        for (int i = 0; i < 6; i++) {
            response(portal, consultation, "RS-FRZ-" + i, LocalDateTime.of(2001, 2, 1 + i, 12, 0));
        }
        var publisher = StaffSignIns.signedIn(portal, "publisher@example.gov.uk");
        var preview = Jsoup.parse(publisher.get("staff/involvement-report?period=" + period.slug()).body());
        assertThat(column(preview, text("report.involvement.byChannel"), 0).get(text("report.channel.ONLINE"))).isEqualTo("6");

        var published = publisher.post("staff/involvement-report?period=" + period.slug(), words());
        assertThat(published.statusCode()).isEqualTo(302);
        assertThat(published.headers().firstValue("Location").orElseThrow()).endsWith("/staff/involvement-reports?published=" + period.slug());
        assertThat(portal.count("select count(*) from audit_event where action = 'INVOLVEMENT_REPORT_PUBLISHED' and subject_id = ?", period.slug()))
                .isEqualTo(1);

        response(portal, consultation, "RS-FRZ-6", LocalDateTime.of(2001, 3, 1, 12, 0));
        assertThat(portal.count("select count(*) from response where channel = 'ONLINE' and submitted_at >= '2001-01-01' and submitted_at < '2001-04-01'"))
                .isEqualTo(7);
        var page = page(portal, "involvement-reports/" + period.slug());
        assertThat(column(page, text("report.involvement.byChannel"), 0).get(text("report.channel.ONLINE"))).isEqualTo("6");
        assertThat(page.getElementById("report-introduction").text()).isEqualTo("A quiet quarter, counted.");
        assertThat(Jsoup.parse(Http.get(portal.baseUrl() + "involvement-reports/" + period.slug() + "?read=easy").body())
                .select("#report-easy-read .idea")).hasSize(2);
        var welsh = page(portal, "cy/involvement-reports/" + period.slug());
        assertThat(welsh.getElementById("report-introduction").text()).isEqualTo("Chwarter tawel, wedi'i gyfrif.");
        // no Urdu words: the English ones, marked as English
        assertThat(page(portal, "ur/involvement-reports/" + period.slug()).getElementById("report-introduction").attr("lang")).isEqualTo("en-GB");
        // the staff page shows the frozen figures too, and a second publication is refused
        var staffView = Jsoup.parse(publisher.get("staff/involvement-report?period=" + period.slug()).body());
        assertThat(column(staffView, text("report.involvement.byChannel"), 0).get(text("report.channel.ONLINE"))).isEqualTo("6");
        assertThat(staffView.getElementById("publish-form")).isNull();
        assertThat(page(portal, "involvement-reports").getElementById("report-" + period.slug())).isNotNull();
    }

    @Test
    @DisplayName("Only publishers publish: forged posts from an editor and an analyst, and an anonymous one, change nothing")
    void onlyPublishersPublish(EmbeddedPortal portal) throws Exception {
        var period = ReportPeriod.quarter(2002, 1);
        String path = "staff/involvement-report?period=" + period.slug();
        var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
        assertThat(editor.get(path).statusCode()).isIn(403, 404);
        assertThat(editor.post(path, words()).statusCode()).isIn(403, 404);
        var analyst = StaffSignIns.signedIn(portal, "analyst@example.gov.uk");
        var seen = Jsoup.parse(analyst.get(path).body());
        assertThat(seen.select("table.report-table")).isNotEmpty();
        assertThat(seen.getElementById("publish-form")).as("analysts preview, never publish").isNull();
        assertThat(analyst.post(path, words()).statusCode()).isIn(403, 404);
        var anonymous = Http.postForm(portal.baseUrl() + path, words());
        assertThat(anonymous.statusCode()).isIn(302, 303, 403, 404);
        assertThat(portal.count("select count(*) from involvement_report where slug = ?", period.slug())).isZero();
        assertThat(Http.get(portal.baseUrl() + "involvement-reports/" + period.slug()).statusCode()).isEqualTo(404);

        var publisher = StaffSignIns.signedIn(portal, "publisher@example.gov.uk");
        assertThat(Jsoup.parse(publisher.get(path).body()).getElementById("publish-form")).isNotNull();
        assertThat(publisher.post(path, words()).statusCode()).isEqualTo(302);
        assertThat(portal.count("select count(*) from involvement_report where slug = ?", period.slug())).isEqualTo(1);
    }

    @Test
    @DisplayName("Problems come back beside their fields with what was typed; a period not over, or a bad period, is refused")
    void problemsBesideTheFields(EmbeddedPortal portal) throws Exception {
        var publisher = StaffSignIns.signedIn(portal, "publisher@example.gov.uk");
        var period = ReportPeriod.quarter(2003, 2);
        var noWelsh = publisher.post("staff/involvement-report?period=" + period.slug(),
                "introduction-en=" + encode("Written in English only") + "&easyRead-en=" + encode("One line."));
        assertThat(noWelsh.statusCode()).isEqualTo(200);
        var page = Jsoup.parse(noWelsh.body());
        assertThat(page.select(".error-summary a").eachAttr("href")).contains("#introduction-cy", "#easyRead-cy");
        assertThat(page.getElementById("introduction-cy-error").text()).contains("Write the introduction in Welsh");
        assertThat(page.getElementById("introduction-en").text()).isEqualTo("Written in English only");
        assertThat(portal.count("select count(*) from involvement_report where slug = ?", period.slug())).isZero();

        var current = ReportPeriod.quarterBefore(LocalDate.now(ReportPeriod.LONDON).plusMonths(3));
        var notOver = publisher.post("staff/involvement-report?period=" + current.slug(), words());
        assertThat(notOver.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(notOver.body()).select(".error-summary").text()).contains("not over yet");
        assertThat(portal.count("select count(*) from involvement_report where slug = ?", current.slug())).isZero();

        assertThat(publisher.get("staff/involvement-report?period=2003-q9").statusCode()).isEqualTo(404);
        var chosen = publisher.post("staff/involvement-reports", "kind=FINANCIAL_YEAR&year=2024&quarter=");
        assertThat(chosen.headers().firstValue("Location").orElseThrow()).endsWith("/staff/involvement-report?period=2024-25");
        var bad = Jsoup.parse(publisher.post("staff/involvement-reports", "kind=QUARTER&year=20x4&quarter=").body());
        assertThat(bad.select(".error-summary a").eachAttr("href")).containsExactlyInAnyOrder("#year", "#quarter");
        assertThat(bad.getElementById("year").val()).isEqualTo("20x4");
    }

    // --- helpers ---

    private static String words() {
        return "introduction-en=" + encode("A quiet quarter, counted.") + "&easyRead-en=" + encode("We counted.\nWe tell you.")
                + "&introduction-cy=" + encode("Chwarter tawel, wedi'i gyfrif.") + "&easyRead-cy=" + encode("Fe wnaethon ni gyfrif.\nRydym yn dweud wrthych.");
    }

    /** A figure as a spreadsheet holds it: money and percentages as plain numbers, words as they are. */
    private static String asNumber(String shown) {
        String plain = shown.replace("£", "").replace(",", "").replace("%", "");
        return plain.matches("\\d+(\\.\\d+)?") ? new java.math.BigDecimal(plain).stripTrailingZeros().toPlainString() : shown;
    }

    /** What the report shows for a count on its own. */
    private static String shown(long count) {
        return count > 0 && count < 5 ? FEWER : String.valueOf(count);
    }

    /** What the report shows for parts of a whole: small ones, and the smallest other one when only one is small. */
    private static Map<String, String> expectedParts(Map<String, Long> counts) {
        var expected = new LinkedHashMap<String, String>();
        counts.forEach((label, count) -> expected.put(label, shown(count)));
        var small = counts.entrySet().stream().filter(e -> e.getValue() > 0 && e.getValue() < 5).toList();
        if (small.size() == 1) {
            counts.entrySet().stream().filter(e -> e.getValue() >= 5).min(Map.Entry.comparingByValue())
                    .ifPresent(e -> expected.put(e.getKey(), HIDDEN));
        }
        return expected;
    }

    /** A table's column (0 = first figure) by row label, the table found by its caption. */
    private static Map<String, String> column(Document page, String caption, int index) {
        var table = page.select("table.report-table").stream()
                .filter(t -> t.selectFirst("caption").text().equals(caption)).findFirst()
                .orElseThrow(() -> new AssertionError("No table captioned " + caption));
        var values = new HashMap<String, String>();
        for (Element row : table.select("tbody tr")) {
            var cells = row.select("td.report-figure");
            if (row.selectFirst("th") != null && cells.size() > index) {
                values.put(row.selectFirst("th").text(), cells.get(index).text());
            }
        }
        return values;
    }

    private static long consultationIn2001(EmbeddedPortal portal, String slug) throws Exception {
        try (var connection = portal.connectToDatabase();
             var insert = connection.prepareStatement("insert into consultation (slug, opens_at, closes_at) values (?, '2001-01-01', '2001-06-01')")) {
            insert.setString(1, slug);
            insert.executeUpdate();
        }
        long id = Long.parseLong(portal.queryOne("select id from consultation where slug = ?", slug));
        // every consultation has its English words: the staff list, which other tests open later, reads them
        try (var connection = portal.connectToDatabase();
             var text = connection.prepareStatement("insert into consultation_text (consultation_id, language, title, summary)"
                     + " values (?, 'en', ?, 'A consultation of 2001, for counting')")) {
            text.setLong(1, id);
            text.setString(2, "Consultation " + slug);
            text.executeUpdate();
        }
        return id;
    }

    private static void response(EmbeddedPortal portal, long consultation, String reference, LocalDateTime at) throws Exception {
        try (var connection = portal.connectToDatabase();
             var insert = connection.prepareStatement("insert into response (consultation_id, reference, channel, answering_as, language,"
                     + " submitted_at, contact_way) values (?, ?, 'ONLINE', 'SERVICE_USER', 'en', ?, 'NONE')")) {
            insert.setLong(1, consultation);
            insert.setString(2, reference);
            insert.setObject(3, at);
            insert.executeUpdate();
        }
    }

    private static List<List<String>> xlsx(EmbeddedPortal portal, String path) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(portal.baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var rows = new ArrayList<List<String>>();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(response.body()))) {
            for (var row : workbook.getFirstSheet().read()) {
                var cells = new ArrayList<String>();
                for (int c = 0; c < 5; c++) {
                    var cell = row.getCell(c);
                    cells.add(cell == null ? "" : cell.getType() == org.dhatim.fastexcel.reader.CellType.NUMBER
                            ? cell.asNumber().stripTrailingZeros().toPlainString() : cell.getText());
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static Document page(EmbeddedPortal portal, String path) {
        var response = Http.get(portal.baseUrl() + path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String text(String key) {
        return ENGLISH.getProperty(key);
    }

    private static Properties english() {
        var properties = new Properties();
        try (var reader = new InputStreamReader(Files.newInputStream(Path.of("translations", "messages_en.properties")), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
