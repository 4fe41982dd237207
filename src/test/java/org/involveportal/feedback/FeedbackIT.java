package org.involveportal.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.involveportal.staff.StaffSignIns.encode;

import jakarta.mail.internet.MimeMessage;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.involveportal.staff.StaffSignIns;
import org.involveportal.testsupport.Browser;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.Http;
import org.involveportal.testsupport.Mailbox;
import org.involveportal.testsupport.PortalExtension;
import org.involveportal.testsupport.XssCorpus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Closing the loop: responses entered from paper, phone and events; "You said, we did" written,
 * published in English and Welsh, and everyone who asked by email told exactly once, in their
 * language; feedback owed, and overdue twelve weeks after closing.
 */
@ExtendWith(PortalExtension.class)
class FeedbackIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    @DisplayName("Staff enter responses by channel; a publisher writes and publishes feedback; it is public in English and Welsh; each email respondent is told once")
    void publishFeedbackAndTellPeople(Browser browser, EmbeddedPortal portal) throws Exception {
        String slug = closedConsultation(portal, "Changes to respite care", "Newidiadau i ofal seibiant", "CARERS_SUPPORT");
        var analyst = StaffSignIns.signedIn(portal, "analyst@example.gov.uk");
        long question = questionId(portal, slug);

        // a response with problems is refused with messages, and nothing is kept
        var refused = analyst.post("staff/response-entry?c=" + slug, "language=en&answeringAs=CARER&way=NONE");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Error: ", "Choose how the response reached us", "Choose an answer");
        assertThat(responses(portal, slug)).isZero();

        enter(analyst, slug, question, "PAPER", "en", "SERVICE_USER", "1", "EMAIL", "Ann", "ann-" + slug + "@example.org");
        enter(analyst, slug, question, "PHONE", "cy", "CARER", "2", "EMAIL", "Bethan", "bethan-" + slug + "@example.org");
        enter(analyst, slug, question, "EVENT", "en", "OTHER", "1", "POST", "Carys", "1 High Street\nWrexham");
        enter(analyst, slug, question, "PAPER", "en", "CARER", "1", "NONE", "", "");
        enter(analyst, slug, question, "SUPPORTED", "en", "SERVICE_USER", "2", "EMAIL", "Dev", "dev-" + slug + "@example.org");
        assertThat(responses(portal, slug)).isEqualTo(5);
        assertThat(count(portal, "select count(*) from response r join consultation c on c.id = r.consultation_id where c.slug = '"
                + slug + "' and r.channel = 'PAPER'")).isEqualTo(2);

        browser.reset(portal.baseUrl());
        StaffSignIns.signIn(browser, "publisher@example.gov.uk");
        browser.open("/staff/feedback");
        assertThat(browser.driver().findElement(By.id("owed-" + slug)).getText()).contains("Closed 0 weeks ago").doesNotContain("Overdue");
        browser.assertNoAxeViolations();
        browser.clickAndWait(By.cssSelector("#owed-" + slug + " a"));
        browser.assertNoAxeViolations();

        // the numbers come from the responses, in both languages
        browser.clickAndWait(By.id("fill"));
        String english = browser.driver().findElement(By.id("tookPart-en")).getAttribute("value");
        assertThat(english).startsWith("5 people took part. They answered 2 on paper, 1 by phone, 1 at events and 1 with support.")
                .contains("Someone who uses care services (2)", "A carer (2)", "Other (1)");
        assertThat(browser.driver().findElement(By.id("tookPart-cy")).getAttribute("value")).startsWith("Cymerodd 5 pherson ran.");

        // publishing needs what people said, what was decided and what next
        browser.clickAndWait(By.id("publish"));
        assertThat(browser.driver().getTitle()).startsWith("Error: ");
        assertThat(browser.driver().findElement(By.cssSelector(".error-summary")).getText())
                .contains("Write who took part, what people said, what was decided and what happens next");
        assertThat(browser.driver().findElement(By.id("tookPart-en")).getAttribute("value")).isEqualTo(english);
        browser.assertNoAxeViolations();

        browser.type("peopleSaid-en", "<p>You said breaks must be booked further ahead.</p>");
        browser.type("decided-en", "<p>We will open bookings three months ahead.</p>");
        browser.type("nextSteps-en", "<p>The new booking line opens in April.</p>");
        browser.type("peopleSaid-cy", "<p>Dywedoch chi fod angen archebu seibiannau ymhellach ymlaen llaw.</p>");
        browser.type("decided-cy", "<p>Byddwn yn agor archebion dri mis ymlaen llaw.</p>");
        browser.type("nextSteps-cy", "<p>Mae'r llinell archebu newydd yn agor ym mis Ebrill.</p>");
        browser.clickAndWait(By.id("publish"));
        assertThat(browser.driver().findElement(By.id("told")).getText()).startsWith("3 people were emailed.");
        browser.assertNoAxeViolations();

        var ann = receivedBy(portal, "ann-" + slug + "@example.org");
        var bethan = receivedBy(portal, "bethan-" + slug + "@example.org");
        assertThat(ann).hasSize(1);
        assertThat(ann.get(0).getSubject()).isEqualTo("What happened after \"Changes to respite care\"");
        assertThat(bethan).hasSize(1);
        assertThat(bethan.get(0).getSubject()).isEqualTo("Beth ddigwyddodd ar ôl \"Newidiadau i ofal seibiant\"");
        assertThat(bethan.get(0).getContentLanguage()).containsExactly("cy");
        assertThat((String) bethan.get(0).getContent()).contains("/cy/consultations/" + slug + "#feedback");
        assertThat(receivedBy(portal, "dev-" + slug + "@example.org")).hasSize(1);

        // publishing again tells nobody twice
        browser.clickAndWait(By.id("publish"));
        assertThat(browser.driver().findElement(By.id("told")).getText()).startsWith("0 people were emailed.");
        assertThat(receivedBy(portal, "ann-" + slug + "@example.org")).hasSize(1);
        assertThat(receivedBy(portal, "bethan-" + slug + "@example.org")).hasSize(1);
        assertThat(count(portal, "select count(*) from response r join consultation c on c.id = r.consultation_id where c.slug = '"
                + slug + "' and r.told_outcome_at is not null")).isEqualTo(3);

        // the post and phone list: the person who chose post, with no answers
        browser.open("/staff/feedback-contacts?c=" + slug);
        assertThat(browser.driver().findElement(By.id("contacts")).getText()).contains("Carys", "1 High Street", "Post").doesNotContain("Ann");
        browser.assertNoAxeViolations();
        browser.open("/staff/feedback");
        assertThat(browser.driver().findElements(By.id("owed-" + slug))).as("no longer owed").isEmpty();

        // public, in English and Welsh, with and without scripts
        browser.open("/consultations/" + slug);
        assertThat(browser.driver().findElement(By.id("feedback")).getText())
                .contains("You said, we did", "5 people took part.", "We will open bookings three months ahead.");
        browser.assertNoAxeViolations();
        browser.open("/cy/consultations/" + slug);
        assertThat(browser.driver().findElement(By.id("feedback")).getText())
                .contains("Dywedoch chi, gwnaethom ni", "Byddwn yn agor archebion dri mis ymlaen llaw.");
        browser.assertNoAxeViolations();
        browser.open("/you-said-we-did?topic=CARERS_SUPPORT");
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Changes to respite care");
        browser.assertNoAxeViolations();
        browser.open("/cy/you-said-we-did?topic=DAY_OPPORTUNITIES");
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).doesNotContain("Newidiadau i ofal seibiant");
        browser.assertNoAxeViolations();
        try (var noScript = Browser.start(false)) {
            noScript.reset(portal.baseUrl());
            noScript.open("/cy/you-said-we-did");
            noScript.clickAndWait(By.cssSelector("a[href*='/consultations/" + slug + "']"));
            assertThat(noScript.driver().findElement(By.id("feedback")).getText()).contains("Byddwn yn agor archebion dri mis ymlaen llaw.");
        }
    }

    @Test
    @DisplayName("No cross-site scripting vector published through the feedback form, in any part, language or easy read, runs or"
            + " injects an element: staff pages, the consultation page in English, Welsh and easy read, and \"You said, we did\"")
    void feedbackTextIsSafe(Browser browser, EmbeddedPortal portal) throws Exception {
        String slug = closedConsultation(portal, "Safe feedback words", "Geiriau adborth diogel", "CARERS_SUPPORT");
        var publisher = StaffSignIns.signedIn(portal, "publisher@example.gov.uk");
        String edit = "staff/feedback-edit?c=" + slug;
        int n = 0;
        // every group of vectors (each vector alone is RichTextCorpusTest's) in every part, and every page showing
        // them as served, read over plain HTTP with jsoup
        for (String vector : XssCorpus.GROUPED) {
            n++;
            var values = new java.util.LinkedHashMap<String, String>();
            for (String language : List.of("en", "cy")) {
                // a visible sentence before each vector shows the part really is on the page checked
                values.put("tookPart-" + language, "Took part " + language + " " + n + ". " + vector);
                for (String part : List.of("peopleSaid", "decided", "couldNot", "nextSteps")) {
                    values.put(part + "-" + language, "<p>" + part + " " + language + " " + n + ".</p>" + vector);
                }
                // alt text holds 300 characters: half the group in each of two ideas
                var halves = XssCorpus.halves(vector);
                for (int idea = 0; idea < 2; idea++) {
                    values.put("idea-" + language + "-" + idea + "-text", "Idea " + language + " " + n + (idea == 0 ? ". " : " more. ") + vector);
                    values.put("idea-" + language + "-" + idea + "-picture", "people");
                    values.put("idea-" + language + "-" + idea + "-alt", "Alt " + language + " " + n + ". " + halves.get(idea));
                }
            }
            assertSafeAsServed(publish(publisher, edit, values), edit, vector);
            for (String page : List.of("staff/feedback", "staff/feedback-contacts?c=" + slug)) {
                assertSafeAsServed(served(publisher, page), page, vector);
            }
            for (var page : Map.of("consultations/" + slug + "?read=standard", List.of("Took part en " + n + ".", "peopleSaid en " + n + ".",
                            "decided en " + n + ".", "couldNot en " + n + ".", "nextSteps en " + n + "."),
                    "cy/consultations/" + slug + "?read=standard", List.of("Took part cy " + n + ".", "peopleSaid cy " + n + ".",
                            "decided cy " + n + ".", "couldNot cy " + n + ".", "nextSteps cy " + n + "."),
                    "consultations/" + slug + "?read=easy", List.of("Idea en " + n + "."),
                    "cy/consultations/" + slug + "?read=easy", List.of("Idea cy " + n + "."),
                    "you-said-we-did?read=standard", List.of("Safe feedback words"),
                    "cy/you-said-we-did?read=standard", List.of("Geiriau adborth diogel")).entrySet()) {
                String html = served(publisher, page.getKey());
                assertSafeAsServed(html, page.getKey(), vector);
                assertThat(org.jsoup.Jsoup.parse(html).getElementById("main-content").text()).as(page.getKey()).contains(page.getValue());
            }
        }

        // Then the whole corpus at once, in the browser: the edit page holds all of it; the English and Welsh pages hold
        // it between them (a part each for the vectors that end a text, and in the plain-text part); easy read holds every group in ideas. Nothing may run, open a dialog, be blocked or inject an element.
        var parts = List.of("peopleSaid-en", "decided-en", "couldNot-en", "nextSteps-en", "peopleSaid-cy", "decided-cy", "couldNot-cy",
                "nextSteps-cy");
        var whole = XssCorpus.packed(parts.size());
        var values = new java.util.LinkedHashMap<String, String>();
        var english = new java.util.ArrayList<String>();
        var welsh = new java.util.ArrayList<String>();
        for (int i = 0; i < parts.size(); i++) {
            values.put(parts.get(i), whole.get(i));
            (parts.get(i).endsWith("-en") ? english : welsh).addAll(markers(whole.get(i)));
        }
        assertThat(english.size() + welsh.size()).as("every vector on the pages").isEqualTo(XssCorpus.VECTORS.size());
        // the plain-text part escapes what it holds: the corpus as it comes, as much as English holds and the rest in Welsh
        var plain = new StringBuilder();
        int v = 0;
        while (v < XssCorpus.VECTORS.size() && plain.length() + XssCorpus.VECTORS.get(v).length() + 1 < 2000) {
            plain.append(XssCorpus.VECTORS.get(v++)).append(' ');
        }
        values.put("tookPart-en", plain.toString());
        values.put("tookPart-cy", String.join(" ", XssCorpus.VECTORS.subList(v, XssCorpus.VECTORS.size())));
        for (String language : List.of("en", "cy")) {
            values.put("ideas-" + language, String.valueOf(2 * XssCorpus.GROUPED.size()));
            for (int g = 0; g < XssCorpus.GROUPED.size(); g++) {
                var halves = XssCorpus.halves(XssCorpus.GROUPED.get(g));
                for (int half = 0; half < 2; half++) {
                    String prefix = "idea-" + language + "-" + (2 * g + half) + "-";
                    values.put(prefix + "text", "Idea " + language + " " + (g + 1) + (half == 0 ? ". " : " more. ") + XssCorpus.GROUPED.get(g));
                    values.put(prefix + "picture", "people");
                    values.put(prefix + "alt", "Alt " + language + " " + (g + 1) + ". " + halves.get(half));
                }
            }
        }
        assertSafeAsServed(publish(publisher, edit, values), edit, "the whole corpus");

        browser.reset(portal.baseUrl());
        try (var probe = XssCorpus.watch(browser)) {
            probe.assertCatchesEveryRawVector();
            StaffSignIns.signIn(browser, "publisher@example.gov.uk");
            probe.assertNothingRanOn("/" + edit, "the whole corpus");
            for (int i = 0; i < parts.size(); i++) {
                // kept as sanitised: the markers of every vector in it, and nothing of the corpus as served (read above)
                assertThat(browser.driver().findElement(By.id(parts.get(i))).getAttribute("value")).contains(markers(whole.get(i)));
            }
            probe.assertNothingRanOn("/staff/feedback", "the whole corpus");
            probe.assertNothingRanOn("/staff/feedback-contacts?c=" + slug, "the whole corpus");
            int groups = XssCorpus.GROUPED.size();
            for (var page : Map.of("/consultations/" + slug + "?read=standard", english,
                    "/cy/consultations/" + slug + "?read=standard", welsh,
                    "/consultations/" + slug + "?read=easy", List.of("Idea en 1.", "Idea en " + groups + " more."),
                    "/cy/consultations/" + slug + "?read=easy", List.of("Idea cy 1.", "Idea cy " + groups + " more."),
                    "/you-said-we-did?read=standard", List.of("Safe feedback words"),
                    "/cy/you-said-we-did?read=standard", List.of("Geiriau adborth diogel")).entrySet()) {
                probe.assertNothingRanOn(page.getKey(), "the whole corpus");
                assertThat(browser.driver().findElement(By.id("main-content")).getText()).as(page.getKey()).contains(page.getValue());
            }
        }
    }

    /** Publishes the feedback form over plain HTTP, as the browser would post it with the values pasted in; returns the page after. */
    private static String publish(StaffSignIns.Client publisher, String edit, Map<String, String> values) throws Exception {
        var response = publisher.post(edit, XssCorpus.formBody(served(publisher, edit), values, "publish"));
        assertThat(response.statusCode()).as("published: %s", org.jsoup.Jsoup.parse(response.body()).select(".error-summary").text())
                .isEqualTo(302);
        String page = served(publisher, response.headers().firstValue("Location").orElseThrow().replaceAll("^(https?://[^/]+)?/", ""));
        assertThat(org.jsoup.Jsoup.parse(page).getElementById("told")).as("published").isNotNull();
        return page;
    }

    private static String served(StaffSignIns.Client client, String path) throws Exception {
        var response = client.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static void assertSafeAsServed(String html, String path, String vector) {
        assertThat(XssCorpus.findingsInMarkup(html)).as("vector %s on %s as served", vector, path).isEmpty();
    }

    /** The visible markers of the vectors in a text, as they read on the page. */
    private static List<String> markers(String text) {
        return java.util.regex.Pattern.compile("\\[v\\d+]").matcher(text).results().map(m -> m.group()).toList();
    }

    @Test
    @DisplayName("With the clock moved 13 weeks past closing, a consultation without feedback shows as overdue")
    void overdueAfterTwelveWeeks(EmbeddedPortal portal) throws Exception {
        String slug = closedConsultation(portal, "Day centre transport", "Trafnidiaeth canolfannau dydd", "DAY_OPPORTUNITIES");
        var publisher = StaffSignIns.signedIn(portal, "publisher@example.gov.uk");
        String before = publisher.get("staff/feedback").body();
        assertThat(row(before, slug)).contains("Closed 0 weeks ago").doesNotContain("Overdue");

        Duration thirteenWeeks = Duration.ofDays(13 * 7);
        portal.moveClock(thirteenWeeks);
        try {
            // signed in again: a session signed in before the move has passed its eight hours
            var later = StaffSignIns.signedIn(portal, "publisher@example.gov.uk");
            assertThat(row(later.get("staff/feedback").body(), slug)).contains("Overdue: closed 13 weeks ago");
        } finally {
            portal.moveClock(Duration.ZERO);
        }
    }

    /** A published consultation with one question, open for fourteen weeks until the end of yesterday. */
    static String closedConsultation(EmbeddedPortal portal, String english, String welsh, String topic) throws Exception {
        var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
        var created = editor.post("staff/consultation-edit", "title-en=" + encode(english) + "&summary-en=A+summary&title-cy="
                + encode(welsh) + "&summary-cy=Crynodeb&topic=" + topic);
        String slug = created.headers().firstValue("Location").orElseThrow().replaceAll(".*c=([a-z0-9-]+).*", "$1");
        assertThat(editor.post("staff/question-edit?c=" + slug, "type=SINGLE_CHOICE&page=1&required=true&text-en=Do+you+agree%3F"
                + "&options-en=Yes%0ANo&text-cy=Ydych+chi%27n+cytuno%3F&options-cy=Ydw%0ANac+ydw").statusCode()).isEqualTo(302);
        var publisher = StaffSignIns.signedIn(portal, "publisher@example.gov.uk");
        LocalDate first = TODAY.minusWeeks(14);
        LocalDate last = TODAY.minusDays(1);
        assertThat(publisher.post("staff/consultation-publish?c=" + slug, "opens-day=" + first.getDayOfMonth() + "&opens-month="
                + first.getMonthValue() + "&opens-year=" + first.getYear() + "&closes-day=" + last.getDayOfMonth() + "&closes-month="
                + last.getMonthValue() + "&closes-year=" + last.getYear()).statusCode()).isEqualTo(302);
        return slug;
    }

    private static void enter(StaffSignIns.Client staff, String slug, long question, String channel, String language, String as,
                              String option, String way, String name, String reach) throws Exception {
        String detail = switch (way) {
            case "EMAIL" -> "&email=" + encode(reach);
            case "POST" -> "&address=" + encode(reach);
            default -> "";
        };
        var entered = staff.post("staff/response-entry?c=" + slug, "channel=" + channel + "&language=" + language + "&answeringAs=" + as
                + "&q" + question + "=" + option + "&way=" + way + "&name=" + encode(name) + detail);
        assertThat(entered.statusCode()).as(entered.body()).isEqualTo(302);
        assertThat(entered.headers().firstValue("Location").orElseThrow()).contains("entered=RS-");
    }

    private static String row(String page, String slug) {
        int start = page.indexOf("id=\"owed-" + slug + "\"");
        assertThat(start).as("listed as owed").isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }


    private static long questionId(EmbeddedPortal portal, String slug) throws SQLException {
        try (var connection = portal.connectToDatabase(); var rows = connection.createStatement().executeQuery(
                "select q.id from question q join consultation c on c.id = q.consultation_id where c.slug = '" + slug + "'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static int responses(EmbeddedPortal portal, String slug) throws SQLException {
        return count(portal, "select count(*) from response r join consultation c on c.id = r.consultation_id where c.slug = '" + slug + "'");
    }

    private static int count(EmbeddedPortal portal, String sql) throws SQLException {
        try (var connection = portal.connectToDatabase(); var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** The messages an address received: the publishing request sends them before it answers. */
    private static List<MimeMessage> receivedBy(EmbeddedPortal portal, String address) {
        return Mailbox.to(portal, address);
    }
}
