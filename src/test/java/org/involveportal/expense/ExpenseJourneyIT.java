package org.involveportal.expense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.involveportal.expense.ExpenseFixtures.PASSWORD;
import static org.involveportal.expense.ExpenseFixtures.PNG;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.involveportal.testsupport.Browser;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.Journeys;
import org.involveportal.testsupport.Mailbox;
import org.involveportal.testsupport.PortalExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;

/**
 * The expenses journey in a browser, in English with JavaScript and in Welsh without: a resident signs up and books a
 * Quality Checker visit, takes part, claims travel and replacement care with a receipt; finance approves the fare and
 * refuses the care with a reason; the payment file holds exactly the approved amount; marked paid, the resident reads
 * "Paid" and is emailed in their language. axe runs on every page with JavaScript on (it needs script to run).
 */
@ExtendWith(PortalExtension.class)
class ExpenseJourneyIT {

    private static final Pattern VERIFY_LINK = Pattern.compile("https?://\\S+/account/verify/[A-Za-z0-9_-]{43}");

    static Stream<Arguments> journeys() {
        return Journeys.inEnglishAndWelsh("en", "cy");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("journeys")
    @DisplayName("Book a Quality Checker visit, take part, claim travel and care with a receipt; one line approved, one refused; paid exactly")
    void bookTakePartClaimAndBePaid(String name, String language, boolean javascript, Browser sharedBrowser, EmbeddedPortal portal)
            throws Exception {
        var words = bundle(language);
        String p = "en".equals(language) ? "" : language + "/";
        String slug = ExpenseFixtures.activity(portal, "Quality Checker visit " + UUID.randomUUID(), false);
        String email = "journey-" + UUID.randomUUID() + "@example.org";
        Path receipt = Files.createTempFile("bus-ticket-", ".png");
        Files.write(receipt, PNG);

        try (var journey = Journeys.browser(javascript, sharedBrowser, portal)) {
            var browser = journey.browser();
            // sign up in the journey's language, and book the visit from its page
            browser.open(p + "account/sign-up");
            browser.type("email", email);
            browser.type("password", PASSWORD);
            browser.clickAndWait(By.cssSelector("main form button"));
            browser.driver().get(Mailbox.await(portal, email, "link", messages -> messages.stream()
                    .map(message -> VERIFY_LINK.matcher(content(message))).filter(java.util.regex.Matcher::find).map(m -> m.group()).findFirst()));
            browser.clickAndWait(By.cssSelector("main form button"));
            browser.open(p + "activities/" + slug);
            check(browser, javascript, language);
            browser.clickAndWait(By.id("express-interest"));
            browser.driver().findElement(By.id("need-1")).click();
            browser.clickAndWait(By.id("send-interest"));
            assertThat(browser.driver().findElement(By.id("status")).getText()).isEqualTo(words.getProperty("interest.done"));
            ExpenseFixtures.chooseEveryone(portal, slug);

            portal.moveClock(Duration.ofDays(15));
            try {
                ExpenseFixtures.everyoneCame(portal, slug);
                // eight hours on the session has ended: sign in again, and claim
                browser.open(p + "account/sign-in");
                browser.type("email", email);
                browser.type("password", PASSWORD);
                browser.clickAndWait(By.id("sign-in-password"));
                browser.open(p + "account/expenses");
                check(browser, javascript, language);
                browser.clickAndWait(By.id("claim-" + slug));
                check(browser, javascript, language);
                browser.type("amount-FARE", "45");
                browser.type("detail-FARE", "Bus");
                browser.type("amount-REPLACEMENT_CARE", "45");
                browser.clickAndWait(By.id("save-claim"));
                assertThat(browser.driver().getTitle()).as("over the fare limit without a reason").startsWith(words.getProperty("form.errorTitle")
                        .replaceAll("\\{title\\}.*", "").strip());
                assertThat(browser.driver().findElement(By.id("reason-FARE-error")).getText())
                        .contains(words.getProperty("expense.error.overLimitReason"));
                assertThat(browser.driver().findElement(By.id("amount-REPLACEMENT_CARE")).getAttribute("value")).isEqualTo("45");
                check(browser, javascript, language);
                browser.type("amount-FARE", "12.40");
                browser.clickAndWait(By.id("save-claim"));
                assertThat(browser.driver().getCurrentUrl()).matches(".*/" + p + "account/expenses/EXP-[2-9A-Z]{4}-[2-9A-Z]{4}");
                String reference = browser.driver().getCurrentUrl().replaceAll(".*/", "");
                check(browser, javascript, language);

                // a receipt, then send
                browser.driver().findElement(By.id("receipt")).sendKeys(receipt.toString());
                browser.clickAndWait(By.id("add-receipt"));
                assertThat(browser.driver().findElement(By.id("done")).getText()).isEqualTo(words.getProperty("expense.done.receiptAdded"));
                assertThat(browser.driver().findElement(By.id("receipt-list")).getText()).contains(receipt.getFileName().toString());
                check(browser, javascript, language);
                browser.clickAndWait(By.id("send-claim"));
                assertThat(browser.driver().findElement(By.id("done")).getText()).isEqualTo(words.getProperty("expense.done.sent"));
                check(browser, javascript, language);

                // finance, in a browser of their own: approve the fare, refuse the care with a reason
                try (var staff = Browser.start(javascript)) {
                    staff.reset(portal.baseUrl());
                    staff.open("test-support/staff-sign-in?email=finance%40example.gov.uk");
                    staff.open(p + "staff/expenses");
                    check(staff, javascript, language);
                    staff.clickAndWait(By.cssSelector("#claim-" + reference + " a"));
                    check(staff, javascript, language);
                    String fare = line(portal, reference, "FARE");
                    String care = line(portal, reference, "REPLACEMENT_CARE");
                    staff.clickAndWait(By.id("approve-" + fare));
                    staff.type("reason-" + care, "Care must be booked with us first");
                    staff.clickAndWait(By.id("refuse-" + care));
                    assertThat(staff.driver().findElement(By.id("claim-status")).getText()).isEqualTo(words.getProperty("expense.status.DECIDED"));
                    assertThat(portal.queryOne("select status from expense_claim where reference = ?", reference)).isEqualTo("DECIDED");

                    // the payment file holds exactly the approved amount; then it is paid
                    staff.open(p + "staff/expense-payments");
                    check(staff, javascript, language);
                    staff.clickAndWait(By.id("make-batch"));
                    String batch = staff.driver().getCurrentUrl().replaceAll(".*b=(PAY-[A-Z0-9-]+).*", "$1");
                    String csv = fetch(portal, staff, "staff/expense-payments-export?b=" + batch + "&format=csv");
                    var rows = csv.lines().filter(row -> row.contains(reference)).toList();
                    assertThat(rows).hasSize(1);
                    assertThat(new BigDecimal(rows.get(0).split(",")[10])).isEqualByComparingTo("12.40");
                    staff.clickAndWait(By.id("paid-" + batch));
                    assertThat(staff.driver().findElement(By.cssSelector("#batch-" + batch + " .batch-paid")).isDisplayed()).isTrue();
                    check(staff, javascript, language);
                }

                // the resident reads where each line stands, and is told in their language
                browser.open(p + "account/expenses/" + reference);
                assertThat(browser.driver().findElement(By.id("claim-status")).getText()).isEqualTo(words.getProperty("expense.status.PAID"));
                assertThat(browser.driver().findElement(By.id("line-list")).getText()).contains("Care must be booked with us first");
                check(browser, javascript, language);
                String paidSubject = words.getProperty("mail.expense.PAID.subject").replace("{reference}", reference);
                MimeMessage paid = Mailbox.awaitSubjectStartingWith(portal, email, paidSubject);
                assertThat(paid.getContentLanguage()).containsExactly(language);
                assertThat(content(paid)).contains("12.40");
            } finally {
                portal.moveClock(Duration.ZERO);
            }
        } finally {
            Files.deleteIfExists(receipt);
        }
    }

    @org.junit.jupiter.api.Test
    @DisplayName("The resident's expense pages in English, Welsh and Urdu, in each reading mode, at 320 px: axe clean, nothing wider than the screen")
    void everyLanguageAndMode(Browser browser, EmbeddedPortal portal) throws Exception {
        String slug = ExpenseFixtures.activity(portal, "Expense pages " + UUID.randomUUID(), true);
        String email = ExpenseFixtures.interestedResident(portal, slug);
        ExpenseFixtures.chooseEveryone(portal, slug);
        portal.moveClock(Duration.ofDays(15));
        try {
            ExpenseFixtures.everyoneCame(portal, slug);
            var resident = ExpenseFixtures.signIn(portal, email);
            var saved = resident.post("account/expenses/claim/" + slug, "miles=12&amount-FARE=6.80&amount-REPLACEMENT_CARE=90"
                    + "&reason-REPLACEMENT_CARE=" + org.involveportal.staff.StaffSignIns.encode("Two carers were needed") + "&time=yes");
            String reference = saved.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
            ExpenseFixtures.upload(portal, resident, "en", reference, "a-very-long-receipt-file-name-from-a-phone-IMG_20270316_101512.png", PNG);
            browser.reset(portal.baseUrl());
            browser.open("account/sign-in");
            browser.type("email", email);
            browser.type("password", PASSWORD);
            browser.clickAndWait(By.id("sign-in-password"));
            for (String language : java.util.List.of("", "cy/", "ur/")) {
                for (String mode : java.util.List.of("read=standard&print=standard", "read=easy&print=standard", "read=standard&print=large")) {
                    for (String page : java.util.List.of("account/expenses", "account/expenses/claim/" + slug, "account/expenses/" + reference)) {
                        // at 320 px only, scanned whole: the markup is the same at any width, and the layout rules are hardest there
                        browser.resize(320, 900);
                        browser.open(language + page + "?" + mode);
                        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isNotBlank();
                        assertThat(browser.scrollsHorizontally()).as("%s%s %s at 320 px", language, page, mode).isFalse();
                        browser.assertNoAxeViolations();
                    }
                }
            }
            browser.open("ur/account/expenses/" + reference);
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
            browser.screenshot("expense-claim-ur");
        } finally {
            portal.moveClock(Duration.ZERO);
            browser.resize(1280, 1000);
        }
    }

    private static void check(Browser browser, boolean javascript, String language) {
        assertThat(browser.driver().findElements(By.cssSelector("h1.error-heading"))).as("not an error page").isEmpty();
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).startsWith(language);
        if (javascript) {
            browser.assertNoAxeViolations();
        }
    }

    private static String line(EmbeddedPortal portal, String reference, String kind) throws Exception {
        return portal.queryOne("select i.id from expense_item i join expense_claim c on c.id = i.claim_id where c.reference = ? and i.kind = ?",
                reference, kind);
    }

    /** A download with the browser's session, as the browser would fetch it. */
    private static String fetch(EmbeddedPortal portal, Browser browser, String path) throws Exception {
        String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        var request = HttpRequest.newBuilder(URI.create(portal.baseUrl() + path)).header("Cookie", cookies).GET().build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static Properties bundle(String language) throws IOException {
        var texts = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("translations", "messages_" + language + ".properties"), StandardCharsets.UTF_8)) {
            texts.load(in);
        }
        return texts;
    }

    private static String content(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (jakarta.mail.MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
