package org.involveportal.response;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.involveportal.testsupport.Browser;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.Journeys;
import org.involveportal.testsupport.Mailbox;
import org.involveportal.testsupport.Http;
import org.involveportal.testsupport.PortalExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Answering a consultation from end to end on the demo data: find, read, start, answer, check, send,
 * "about you" and the confirmation; with problems, saving for later, closing and double sending.
 */
@ExtendWith(PortalExtension.class)
class RespondJourneyIT {

    private static final String STRATEGY = "draft-involvement-strategy";
    /** Welsh, Urdu, emoji, and HTML that must stay text. */
    private static final String TYPED = "Diolch! اردو میں بھی 😀 <script>alert('x')</script> <b>bold</b>";

    /** The words a journey checks, per language. */
    record Words(String prefix, String startHeading, String answeringAsTitle, String answeringAsError,
                 String questionsHeading, String requiredError, String checkHeading, String carer, String partly,
                 String aboutYouSent, String referencePrefix, String receiptSubjectPrefix) {
    }

    static final Words ENGLISH = new Words("", "Answer the questions", "Who are you answering as? – Involve",
            "Choose who you are answering as", "Questions: part 1 of 2", "Choose an answer",
            "Check your answers before you send them", "A carer", "Partly", "Your answers have been sent",
            "Your reference is ", "Your answers were received: ");
    static final Words WELSH = new Words("cy/", "Atebwch y cwestiynau", "Fel pwy ydych chi'n ateb? – Involve",
            "Dewiswch fel pwy ydych chi'n ateb", "Cwestiynau: rhan 1 o 2", "Dewiswch ateb",
            "Gwiriwch eich atebion cyn eu hanfon", "Gofalwr", "Yn rhannol", "Mae eich atebion wedi'u hanfon",
            "Eich cyfeirnod yw ", "Cawsom eich atebion: ");

    static Stream<Arguments> journeys() {
        return Journeys.inEnglishAndWelsh(ENGLISH, WELSH);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("journeys")
    @DisplayName("The whole journey: find, read, answer, check, change, send, about you, confirmation and receipt")
    void wholeJourney(String name, Words words, boolean javascript, Browser sharedBrowser, EmbeddedPortal portal) throws Exception {
        try (var journey = Journeys.browser(javascript, sharedBrowser, portal)) {
            var browser = journey.browser();
            // axe once per distinct page: the English walk scans each state it reaches; the same pages in
            // Welsh and the other modes are scanned by the language and mode checks
            boolean scanWithAxe = words == ENGLISH;
            var questions = questionIds(portal);
            String email = "journey-" + words.prefix().replace("/", "") + javascript + "@example.org";

            // find and read
            browser.open("/" + words.prefix() + "consultations");
            browser.clickAndWait(By.cssSelector("a[href$='/consultations/" + STRATEGY + "']"));
            check(browser, scanWithAxe);
            browser.clickAndWait(By.id("answer-link"));

            // start page
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo(words.startHeading());
            assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("5");
            check(browser, scanWithAxe);
            browser.clickAndWait(By.cssSelector("main form button"));
            assertThat(browser.driver().getCurrentUrl()).matches(".*/" + words.prefix() + "respond/[A-Za-z0-9_-]{43}/answering-as");

            // answering as: nothing chosen is a problem, shown in the title, the summary and beside the field
            continueOn(browser);
            assertThat(browser.driver().getTitle()).isEqualTo(errorTitle(words, words.answeringAsTitle()));
            assertThat(browser.driver().findElement(By.cssSelector(".error-summary")).getText()).contains(words.answeringAsError());
            assertThat(browser.driver().findElement(By.id("answeringAs-1-error")).getText()).contains(words.answeringAsError());
            check(browser, scanWithAxe);
            browser.driver().findElement(By.cssSelector("label[for='answeringAs-2']")).click();
            continueOn(browser);

            // questions, part 1: the required question first left out
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo(words.questionsHeading());
            check(browser, scanWithAxe);
            browser.driver().findElement(By.cssSelector("label[for='q" + questions.get(1) + "-2']")).click();
            continueOn(browser);
            assertThat(browser.driver().findElement(By.id("q" + questions.get(0) + "-1-error")).getText()).contains(words.requiredError());
            assertThat(browser.driver().findElement(By.id("q" + questions.get(1) + "-2")).isSelected())
                    .as("what was ticked stays ticked").isTrue();
            check(browser, scanWithAxe);
            browser.driver().findElement(By.cssSelector("label[for='q" + questions.get(0) + "-2']")).click();
            browser.driver().findElement(By.cssSelector("label[for='q" + questions.get(1) + "-1']")).click();
            continueOn(browser);

            // questions, part 2: ranking by selects, a rating, free text
            rank(browser, questions.get(2), "2", "1", "3");
            browser.driver().findElement(By.cssSelector("label[for='q" + questions.get(3) + "-4']")).click();
            var freeText = browser.driver().findElement(By.id("q" + questions.get(4)));
            freeText.sendKeys(TYPED);
            if (javascript) {
                int left = 1200 - TYPED.codePointCount(0, TYPED.length());
                assertThat(browser.driver().findElement(By.id("q" + questions.get(4) + "-info")).getText()).contains(String.valueOf(left));
            }
            check(browser, scanWithAxe);
            continueOn(browser);

            // contact, by email
            browser.driver().findElement(By.cssSelector("label[for='way-2']")).click();
            browser.driver().findElement(By.id("name")).sendKeys("Siân Ŵyn");
            browser.driver().findElement(By.id("email")).sendKeys(email);
            check(browser, scanWithAxe);
            continueOn(browser);

            // check your answers, then change one and come back
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo(words.checkHeading());
            String summary = browser.driver().findElement(By.cssSelector(".summary-list")).getText();
            assertThat(summary).contains(words.carer(), words.partly(), "4", "1. ", "Siân Ŵyn", email, TYPED);
            assertThat(browser.driver().findElements(By.cssSelector("main script, main b"))).as("typed HTML is shown as text").isEmpty();
            check(browser, scanWithAxe);
            browser.clickAndWait(By.cssSelector("#change-q" + questions.get(4) + " a"));
            browser.driver().findElement(By.id("q" + questions.get(4))).sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, org.openqa.selenium.Keys.END), " ✓");
            continueOn(browser);
            assertThat(browser.driver().getCurrentUrl()).endsWith("/check");
            assertThat(browser.driver().findElement(By.cssSelector(".summary-list")).getText()).contains(TYPED + " ✓");

            // send
            browser.clickAndWait(By.cssSelector("main form button"));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/about-you");
            assertThat(browser.driver().findElement(By.cssSelector(".panel__title")).getText()).isEqualTo(words.aboutYouSent());
            String reference = browser.driver().findElement(By.cssSelector(".panel__body")).getText().replace(words.referencePrefix(), "");
            assertThat(reference).matches("RS-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
            check(browser, scanWithAxe);

            // about you, then the confirmation
            int equalityBefore = count(portal, "select count(*) from equality_answers");
            browser.driver().findElement(By.cssSelector("label[for='ageGroup-4']")).click();
            browser.driver().findElement(By.cssSelector("label[for='welshSpeaker-2']")).click();
            browser.clickAndWait(By.cssSelector("main form button"));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/sent");
            assertThat(browser.driver().findElement(By.cssSelector(".panel__body")).getText()).isEqualTo(words.referencePrefix() + reference);
            check(browser, scanWithAxe);

            // what was kept
            try (var connection = portal.connectToDatabase();
                 var query = connection.prepareStatement("""
                         select r.answering_as, r.language, r.channel, r.contact_way, r.contact_name, r.contact_email,
                                (select text_value from response_answer a where a.response_id = r.id and a.question_id = ?) as typed,
                                (select group_concat(option_number order by position) from response_answer a
                                  where a.response_id = r.id and a.question_id = ?) as ways,
                                (select group_concat(number_value order by option_number) from response_answer a
                                  where a.response_id = r.id and a.question_id = ?) as ranks
                         from response r where r.reference = ?""")) {
                query.setLong(1, questions.get(4));
                query.setLong(2, questions.get(1));
                query.setLong(3, questions.get(2));
                query.setString(4, reference);
                try (var row = query.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    assertThat(row.getString("answering_as")).isEqualTo("CARER");
                    assertThat(row.getString("language")).isEqualTo(words.prefix().isEmpty() ? "en" : "cy");
                    assertThat(row.getString("channel")).isEqualTo("ONLINE");
                    assertThat(row.getString("contact_way")).isEqualTo("EMAIL");
                    assertThat(row.getString("contact_name")).isEqualTo("Siân Ŵyn");
                    assertThat(row.getString("contact_email")).isEqualTo(email);
                    assertThat(row.getString("typed")).isEqualTo(TYPED + " ✓");
                    assertThat(row.getString("ways")).isEqualTo("1,2");
                    assertThat(row.getString("ranks")).isEqualTo("2,1,3");
                }
            }
            assertThat(count(portal, "select count(*) from equality_answers")).isEqualTo(equalityBefore + 1);

            // the receipt, in the language of the answers
            var receipt = receivedBy(portal, email);
            assertThat(receipt).hasSize(1);
            assertThat(receipt.get(0).getSubject()).isEqualTo(words.receiptSubjectPrefix() + reference);
            assertThat(receipt.get(0).getContentLanguage()).containsExactly(words.prefix().isEmpty() ? "en" : "cy");
        }
    }

    private static final List<String> LANGUAGES = List.of("", "cy/", "ur/");
    private static final List<String> MODES = List.of("read=standard&print=standard", "read=standard&print=large", "read=easy&print=standard");

    static Stream<Arguments> languagesAndModes() {
        var combinations = new ArrayList<Arguments>();
        for (String language : LANGUAGES) {
            for (String mode : MODES) {
                combinations.add(Arguments.of(language, mode));
            }
        }
        return combinations.stream();
    }

    @ParameterizedTest(name = "/{0} ?{1}")
    @MethodSource("languagesAndModes")
    @DisplayName("Every step, with and without problems, is axe clean and has no sideways scroll at 320 px, in each language and mode")
    void everyStepInEachLanguageAndMode(String language, String mode, Browser browser, EmbeddedPortal portal) throws Exception {
        browser.reset(portal.baseUrl());
        var questions = questionIds(portal);
        String token = startDraft(portal);
        String base = portal.baseUrl() + "respond/" + token + "/";
        Http.postForm(base + "answering-as", "answeringAs=PROFESSIONAL&action=continue");
        Http.postForm(base + "questions/1", "q" + questions.get(0) + "=4&q" + questions.get(1) + "=3&action=continue");
        Http.postForm(base + "questions/2", "q" + questions.get(4) + "=" + java.net.URLEncoder.encode(
                "A long answer without spaces: " + "ابتدائی".repeat(40), java.nio.charset.StandardCharsets.UTF_8) + "&action=continue");
        Http.postForm(base + "contact", "way=POST&name=A+Person&address=1+High+Street&action=continue");

        // every rule once per step, mode and width, each mode in another language (the steps are one template and one
        // style sheet in each language but for words and lang/dir); in the other two, every rule but colour contrast
        boolean everyRule = LANGUAGES.indexOf(language) == MODES.indexOf(mode);
        browser.open("/" + language + "respond/" + token + "/answering-as?" + mode);
        for (String step : List.of("answering-as", "questions/1", "questions/2", "contact", "check", "saved")) {
            browser.resize(1280, 1000);
            browser.open("/" + language + "respond/" + token + "/" + step);
            assertThat(browser.driver().findElements(By.tagName("h1"))).as(step).hasSize(1);
            scan(browser, everyRule);
            browser.resize(320, 800);
            assertThat(browser.scrollsHorizontally()).as("%s sideways scroll at 320 px", step).isFalse();
            scanAtWidth(browser, everyRule); // the markup's rules at 1280 px just above
        }
        // a page with problems: the ranking given the same place twice
        browser.resize(320, 800);
        browser.open("/" + language + "respond/" + token + "/questions/2");
        rank(browser, questions.get(2), "1", "1", "1");
        continueOn(browser);
        assertThat(browser.driver().findElements(By.cssSelector(".error-summary"))).hasSize(1);
        assertThat(browser.scrollsHorizontally()).isFalse();
        if (everyRule) {
            browser.assertNoAxeViolations();
        } else {
            browser.assertNoAxeViolationsExceptContrast();
        }
        rank(browser, questions.get(2), "", "", "");
        continueOn(browser);

        Http.postForm(base + "check", "");
        for (String step : List.of("about-you", "sent")) {
            browser.resize(1280, 1000);
            browser.open("/" + language + "respond/" + token + "/" + step);
            scan(browser, everyRule);
            browser.resize(320, 800);
            assertThat(browser.scrollsHorizontally()).as("%s sideways scroll at 320 px", step).isFalse();
            scanAtWidth(browser, everyRule); // the markup's rules at 1280 px just above
        }
    }

    @Test
    @DisplayName("About-you answers are stored with nothing that links them to a response: no time, no reference, no draft")
    void equalityAnswersUnlinked(EmbeddedPortal portal) throws Exception {
        var columns = new ArrayList<String>();
        try (var connection = portal.connectToDatabase();
             var rows = connection.createStatement().executeQuery(
                     "select column_name from information_schema.columns where table_name = 'equality_answers'")) {
            while (rows.next()) {
                columns.add(rows.getString(1).toLowerCase());
            }
        }
        assertThat(columns).contains("id", "consultation_id", "age_group", "ethnic_group")
                .noneMatch(column -> column.contains("response") || column.contains("draft") || column.contains("token")
                        || column.contains("reference") || column.endsWith("_at") || column.contains("time"));
    }

    @Test
    @DisplayName("Problems on a question page are shown beside each question, and everything typed stays")
    void problemsKeepWhatWasTyped(Browser browser, EmbeddedPortal portal) throws Exception {
        browser.reset(portal.baseUrl());
        var questions = questionIds(portal);
        String token = startDraft(portal);
        Http.postForm(portal.baseUrl() + "respond/" + token + "/answering-as", "answeringAs=CARER&action=continue");

        browser.open("/respond/" + token + "/questions/2");
        rank(browser, questions.get(2), "1", "1", "2");
        String tooLong = "ŵ".repeat(1201);
        var area = browser.driver().findElement(By.id("q" + questions.get(4)));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", area, tooLong);
        continueOn(browser);

        var summaryLinks = browser.driver().findElements(By.cssSelector(".error-summary a"));
        assertThat(summaryLinks).extracting(WebElement::getText)
                .containsExactly("Give each option a different place in your order", "Your answer is too long");
        assertThat(browser.driver().getTitle()).startsWith("Error: ");
        assertThat(new Select(browser.driver().findElement(By.id("q" + questions.get(2) + "-2"))).getFirstSelectedOption().getText())
                .isEqualTo("1");
        assertThat(browser.driver().findElement(By.id("q" + questions.get(4))).getAttribute("value")).isEqualTo(tooLong);
        browser.assertNoAxeViolations();

        // the problem answers were still saved: nothing typed is lost, even going away now
        browser.reset(portal.baseUrl());
        browser.open("/respond/" + token + "/questions/2");
        assertThat(browser.driver().findElement(By.id("q" + questions.get(4))).getAttribute("value")).isEqualTo(tooLong);
    }

    @Test
    @DisplayName("Save and come back: a link to resume, emailed on request, that works with no session and carries on where it stopped")
    void saveAndComeBack(Browser browser, EmbeddedPortal portal) throws Exception {
        browser.reset(portal.baseUrl());
        var questions = questionIds(portal);
        browser.open("/consultations/" + STRATEGY + "/respond");
        browser.clickAndWait(By.cssSelector("main form button"));
        browser.driver().findElement(By.cssSelector("label[for='answeringAs-1']")).click();
        continueOn(browser);
        browser.driver().findElement(By.cssSelector("label[for='q" + questions.get(0) + "-1']")).click();
        browser.clickAndWait(By.cssSelector("button[value='save']"));

        assertThat(browser.driver().getCurrentUrl()).endsWith("/saved");
        String link = browser.driver().findElement(By.id("resume-link")).getText();
        assertThat(link).matches("http://localhost:\\d+/respond/[A-Za-z0-9_-]{43}");
        browser.assertNoAxeViolations();

        browser.driver().findElement(By.id("email")).sendKeys("come-back@example.org");
        browser.clickAndWait(By.cssSelector("main form button"));
        assertThat(browser.driver().findElement(By.cssSelector(".notice")).getText()).contains("come-back@example.org");
        var sent = receivedBy(portal, "come-back@example.org");
        assertThat(sent).hasSize(1);
        assertThat(jakarta.mail.internet.MimeUtility.decodeText(sent.get(0).getContent().toString())).contains(link);

        // a new visit, with no cookies at all, goes on from the next unanswered page
        browser.reset(portal.baseUrl());
        browser.driver().get(link);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/questions/2");
        browser.clickAndWait(By.cssSelector(".back-link"));
        assertThat(browser.driver().findElement(By.id("q" + questions.get(0) + "-1")).isSelected()).isTrue();
    }

    @Test
    @DisplayName("Closing between two pages: the last send is refused and the person's answers are on screen; a resumed draft says it closed")
    void closedBetweenPages(Browser browser, EmbeddedPortal portal) throws Exception {
        browser.reset(portal.baseUrl());
        var questions = questionIds(portal);
        String token = startDraft(portal);
        Http.postForm(portal.baseUrl() + "respond/" + token + "/answering-as", "answeringAs=SERVICE_USER&action=continue");
        Http.postForm(portal.baseUrl() + "respond/" + token + "/questions/1", "q" + questions.get(0) + "=3&action=continue");
        Http.postForm(portal.baseUrl() + "respond/" + token + "/contact", "way=NONE&action=continue");

        browser.open("/respond/" + token + "/questions/2");
        browser.driver().findElement(By.id("q" + questions.get(4))).sendKeys("Written just before closing ✓");
        continueOn(browser);
        continueOn(browser); // contact: "do not contact me" is already chosen
        assertThat(browser.driver().getCurrentUrl()).endsWith("/check");

        Instant closes = closingInstant(portal);
        try {
            portal.moveClock(Duration.between(Instant.now(), closes).plusMinutes(1));
            browser.clickAndWait(By.cssSelector("main form button"));

            assertThat(browser.driver().getCurrentUrl()).endsWith("/closed");
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Sorry, this consultation has closed");
            assertThat(browser.driver().findElement(By.cssSelector(".summary-list")).getText())
                    .contains("Written just before closing ✓", "No", "Someone who uses care services");
            browser.assertNoAxeViolations();
            assertThat(count(portal, "select count(*) from response where draft_token = '" + token + "'")).isZero();

            // a post made on a page opened before the close is refused the same way, and kept
            var late = Http.postForm(portal.baseUrl() + "respond/" + token + "/check", "");
            assertThat(late.statusCode()).isEqualTo(302);
            assertThat(late.headers().firstValue("Location").orElseThrow()).endsWith("/respond/" + token + "/closed");

            // coming back later with the link says so, in Welsh too
            browser.open("/cy/respond/" + token);
            assertThat(browser.driver().getCurrentUrl()).endsWith("/cy/respond/" + token + "/closed");
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Mae'n ddrwg gennym, mae'r ymgynghoriad hwn wedi cau");
            browser.assertNoAxeViolations();
        } finally {
            portal.moveClock(Duration.ZERO);
        }
        assertThat(count(portal, "select count(*) from response where draft_token = '" + token + "'")).isZero();
    }

    @Test
    @DisplayName("Pressing Send twice at once stores one response, and both presses get its confirmation")
    void doubleSendMakesOneResponse(EmbeddedPortal portal) throws Exception {
        var questions = questionIds(portal);
        String token = startDraft(portal);
        String base = portal.baseUrl() + "respond/" + token + "/";
        Http.postForm(base + "answering-as", "answeringAs=ORGANISATION&action=continue");
        Http.postForm(base + "questions/1", "q" + questions.get(0) + "=1&action=continue");
        Http.postForm(base + "contact", "way=NONE&action=continue");

        var first = CompletableFuture.supplyAsync(() -> Http.postForm(base + "check", ""));
        var second = CompletableFuture.supplyAsync(() -> Http.postForm(base + "check", ""));
        var third = Http.postForm(base + "check", "");

        for (var response : List.of(first.get(), second.get(), third)) {
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/respond/" + token + "/about-you");
        }
        assertThat(count(portal, "select count(*) from response where draft_token = '" + token + "'")).isEqualTo(1);
        assertThat(count(portal, "select count(*) from response_draft_answer where token = '" + token + "'"))
                .as("a sent draft keeps no answers").isZero();
    }

    @Test
    @DisplayName("A consultation not open has no way to start; an unknown draft is not found")
    void onlyOpenConsultationsStart(EmbeddedPortal portal) {
        var start = Http.postForm(portal.baseUrl() + "consultations/accessible-transport/respond", "");
        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.body()).contains("You can answer from").doesNotContain("Start now");

        var closed = Http.get(portal.baseUrl() + "consultations/day-opportunities-review/respond");
        assertThat(closed.body()).contains("This consultation closed at");

        assertThat(Http.get(portal.baseUrl() + "respond/" + "A".repeat(43) + "/check").statusCode()).isEqualTo(404);
        assertThat(Http.get(portal.baseUrl() + "respond/" + "A".repeat(43)).statusCode()).isEqualTo(404);
    }

    // ---- helpers ----

    private static void check(Browser browser, boolean scanWithAxe) {
        assertThat(browser.driver().findElements(By.cssSelector("h1.error-heading"))).as("not an error page").isEmpty();
        if (scanWithAxe) {
            browser.assertNoAxeViolations();
        }
    }

    /** Not an error page, and axe clean: every rule, or every rule but colour contrast (the styles are the same in every language). */
    private static void scan(Browser browser, boolean everyRule) {
        check(browser, everyRule);
        if (!everyRule) {
            browser.assertNoAxeViolationsExceptContrast();
        }
    }

    /** At another width, the same markup: the rules the width can change, or of those only the ones the words can. */
    private static void scanAtWidth(Browser browser, boolean everyRule) {
        if (everyRule) {
            browser.assertNoAxeViolationsOfLayout();
        } else {
            browser.assertNoAxeViolationsOfWrapping();
        }
    }

    private static void continueOn(Browser browser) {
        browser.clickAndWait(By.cssSelector("button[value='continue']"));
    }

    private static String errorTitle(Words words, String title) {
        return (words.prefix().isEmpty() ? "Error: " : "Gwall: ") + title;
    }

    private static void rank(Browser browser, long questionId, String... ranks) {
        for (int i = 0; i < ranks.length; i++) {
            new Select(browser.driver().findElement(By.id("q" + questionId + "-" + (i + 1)))).selectByValue(ranks[i]);
        }
    }

    /** Starts a draft as a browser would and returns its token. */
    private static String startDraft(EmbeddedPortal portal) {
        var portalUrl = portal.baseUrl();
        var started = Http.postForm(portalUrl + "consultations/" + STRATEGY + "/respond", "");
        assertThat(started.statusCode()).isEqualTo(302);
        String location = started.headers().firstValue("Location").orElseThrow();
        return location.replaceAll(".*/respond/([A-Za-z0-9_-]{43})/answering-as$", "$1");
    }

    /** The demo strategy's question ids in order: agree, ways, priorities, rating, anything else. */
    private static List<Long> questionIds(EmbeddedPortal portal) throws SQLException {
        var ids = new ArrayList<Long>();
        try (var connection = portal.connectToDatabase();
             var query = connection.prepareStatement(
                     "select q.id from question q join consultation c on c.id = q.consultation_id where c.slug = ? order by q.position")) {
            query.setString(1, STRATEGY);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    private static Instant closingInstant(EmbeddedPortal portal) throws SQLException {
        try (var connection = portal.connectToDatabase();
             var query = connection.prepareStatement("select closes_at from consultation where slug = ?")) {
            query.setString(1, STRATEGY);
            try (var result = query.executeQuery()) {
                result.next();
                return result.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC);
            }
        }
    }

    private static int count(EmbeddedPortal portal, String sql) throws SQLException {
        try (var connection = portal.connectToDatabase(); var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** The messages sent to an address, waiting for the first to arrive. */
    private static List<MimeMessage> receivedBy(EmbeddedPortal portal, String address) {
        return Mailbox.await(portal, address, "message", messages -> Optional.of(messages).filter(m -> !m.isEmpty()));
    }
}
