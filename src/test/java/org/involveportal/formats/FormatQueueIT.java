package org.involveportal.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.involveportal.staff.StaffSignIns.encode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.involveportal.people.ResidentSignIns;
import org.involveportal.staff.StaffSignIns;
import org.involveportal.testsupport.Browser;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.Http;
import org.involveportal.testsupport.Mailbox;
import org.involveportal.testsupport.PortalExtension;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Requests for another format answered on time. Over plain HTTP: a Welsh request is acknowledged in Welsh with its
 * reference and due date; editors take it, attach the file and mark it sent; the person is emailed a private link that
 * works for them and nobody else; a signed-in resident fetches their own file from their account, sees the request on
 * "my data", and deleting the account removes it; other roles' and other sites' posts are refused. With the clock at
 * the Thursday before Easter, the request is overdue after ten working days and not one day earlier. In the browser:
 * the journey in English with JavaScript and in Welsh without, and axe on the new pages.
 */
@ExtendWith(PortalExtension.class)
class FormatQueueIT {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/format-file\\?t=[A-Za-z0-9_-]{43}");
    private static final byte[] PDF = "%PDF-1.4\n% large print leaflet\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    @DisplayName("A Welsh request: acknowledged in Welsh, taken, a file attached, sent with a link only the person's email holds")
    void welshRequestAnsweredOverHttp(EmbeddedPortal portal) throws Exception {
        String email = "cais-" + System.nanoTime() + "@example.org";
        String reference = request(portal, "cy/", "LARGE_PRINT", "Siân Ŵyn", email);
        var confirmation = Jsoup.parse(Http.get(portal.baseUrl() + "cy/another-format?sent=" + reference).body());
        assertThat(confirmation.selectFirst(".panel__body").text()).isEqualTo("Eich cyfeirnod yw " + reference);
        assertThat(confirmation.getElementById("sent-due").text()).startsWith("Byddwn yn ateb erbyn ");

        var ack = Mailbox.awaitSubjectStartingWith(portal, email, "Mae eich cais am fformat arall wedi dod i law (" + reference + ")");
        assertThat(ack.getContent().toString()).contains("Annwyl Siân Ŵyn", "Print bras", reference, "Byddwn yn ei anfon atoch erbyn");
        assertThat(ack.getContentLanguage()).containsExactly("cy");
        assertThat(portal.count("select count(*) from format_request where reference = ? and acknowledged_at is not null", reference))
                .isEqualTo(1);

        var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
        String page = "staff/format-request?r=" + reference;
        var row = Jsoup.parse(editor.get("staff/format-requests?status=NEW").body()).getElementById("request-" + reference);
        assertThat(row.text()).contains("Large print", "Welsh", "New", "Nobody is handling it yet").doesNotContain("Overdue");

        // only editors: an analyst's and another site's posts are refused and change nothing
        var analyst = StaffSignIns.signedIn(portal, "analyst@example.gov.uk");
        assertThat(analyst.get("staff/format-requests").statusCode()).isEqualTo(403);
        assertThat(analyst.post(page, "action=take").statusCode()).isEqualTo(403);
        assertThat(upload(portal, analyst, reference, "leaflet.pdf", PDF).statusCode()).isEqualTo(403);
        assertThat(analyst.get("staff/format-request-file?r=" + reference).statusCode()).isEqualTo(403);
        // the editor's own session, posted from another site
        var crossSite = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
                HttpRequest.newBuilder(URI.create(portal.baseUrl() + page)).header("Cookie", editor.cookieHeader())
                        .header("Origin", "https://evil.example").header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("action=take")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(portal.count("select count(*) from format_request where reference = ? and status = 'NEW'", reference)).isEqualTo(1);

        assertThat(editor.post(page, "action=take").headers().firstValue("Location").orElseThrow()).endsWith("&done=taken");
        String editorName = portal.queryOne("select display_name from staff_account where email = 'editor@example.gov.uk'");
        assertThat(Jsoup.parse(editor.get("staff/format-requests").body()).getElementById("request-" + reference).text())
                .contains("In progress", "Handled by " + editorName);

        // "cannot do" needs a reason, said beside the field
        var noReason = Jsoup.parse(editor.post(page, "action=status&status=CANNOT_DO&reason=").body());
        assertThat(noReason.getElementById("reason-error").text()).contains("Say why it cannot be done");

        // a program named as a PDF is refused; a PDF is kept outside the WAR
        var refused = upload(portal, editor, reference, "leaflet.pdf", "MZ\0\0not a pdf".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(refused.headers().firstValue("Location").orElseThrow()).contains("fileError=formatQueue.error.fileType");
        assertThat(Jsoup.parse(editor.get(page + "&fileError=formatQueue.error.fileType").body()).getElementById("file-error").text())
                .contains("MP3, M4A, WAV, PDF or Word");
        assertThat(upload(portal, editor, reference, "print-bras.pdf", PDF).headers().firstValue("Location").orElseThrow())
                .contains("done=file");
        String stored = portal.queryOne("select file_stored_name from format_request where reference = ?", reference);
        assertThat(Files.readAllBytes(portal.uploadsDir().resolve("format-files").resolve(stored))).isEqualTo(PDF);
        assertThat(editor.get("staff/format-request-file?r=" + reference).body()).startsWith("%PDF-");

        assertThat(editor.post(page, "action=send").headers().firstValue("Location").orElseThrow()).endsWith("&done=sent");
        var sent = Mailbox.awaitSubjectStartingWith(portal, email, "Mae’r hyn y gofynnoch amdano yn barod (" + reference + ")");
        var link = LINK.matcher(sent.getContent().toString());
        assertThat(link.find()).as("a private link in the email").isTrue();
        String path = link.group().replaceAll("^https?://[^/]+/", "");

        var download = Http.get(portal.baseUrl() + path);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).startsWith("%PDF-");
        assertThat(download.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;").contains("print-bras.pdf");
        // anyone without the link, or with another, gets "not found"; the database keeps only the token's hash
        assertThat(Http.get(portal.baseUrl() + "format-file").statusCode()).isEqualTo(404);
        assertThat(Http.get(portal.baseUrl() + path.substring(0, path.length() - 1) + (path.endsWith("A") ? "B" : "A")).statusCode())
                .isEqualTo(404);
        assertThat(portal.count("select count(*) from format_request where download_token_hash = ?", path.substring(path.length() - 43)))
                .isZero();
        assertThat(editor.post(page, "action=take").body()).contains("This request is closed");

        for (String action : new String[] {"FORMAT_REQUEST_TAKEN", "FORMAT_FILE_ATTACHED", "FORMAT_REQUEST_SENT"}) {
            assertThat(portal.count("select count(*) from audit_event where action = ? and subject_id = ? and actor_email = ?",
                    action, reference, "editor@example.gov.uk")).as(action).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("A signed-in resident's request: the file from their account only, listed on my data, gone with the account")
    void residentsOwnRequest(EmbeddedPortal portal) throws Exception {
        String email = "own-" + System.nanoTime() + "@example.org";
        var resident = ResidentSignIns.signedUpAndVerified(portal, email, "a long resident password 2026");
        var made = resident.post("another-format", "format=AUDIO&name=Pat+Jones&contactMethod=EMAIL&email=" + encode(email));
        String reference = made.headers().firstValue("Location").orElseThrow().replaceAll(".*sent=", "");
        Mailbox.awaitSubjectStartingWith(portal, email, "We have your request for another format (" + reference + ")");

        var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
        byte[] mp3 = {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0, 'a', 'u', 'd', 'i', 'o'};
        assertThat(upload(portal, editor, reference, "leaflet.mp3", mp3).headers().firstValue("Location").orElseThrow()).contains("done=file");
        editor.post("staff/format-request?r=" + reference, "action=send");
        var sent = Mailbox.awaitSubjectStartingWith(portal, email, "What you asked for is ready (" + reference + ")");
        assertThat(sent.getContent().toString()).contains("Sign in to your account", "/account/format-file?r=" + reference)
                .doesNotContain("/format-file?t=");

        var own = resident.get("account/format-file?r=" + reference);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(own.headers().firstValue("Content-Type").orElseThrow()).startsWith("audio/mpeg");
        var someoneElse = ResidentSignIns.signedUpAndVerified(portal, "other-" + System.nanoTime() + "@example.org",
                "a long resident password 2026");
        assertThat(someoneElse.get("account/format-file?r=" + reference).statusCode()).isEqualTo(404);
        assertThat(Http.get(portal.baseUrl() + "account/format-file?r=" + reference).statusCode()).isEqualTo(302);

        assertThat(Jsoup.parse(resident.get("account/my-data").body()).text()).contains("Requests for another format", reference,
                "Audio", "Pat Jones", "Sent");
        assertThat(Jsoup.parse(resident.get("cy/account/my-data").body()).text()).contains("Ceisiadau am fformat arall", "Wedi’i anfon");
        String stored = portal.queryOne("select file_stored_name from format_request where reference = ?", reference);
        resident.post("account/delete", "confirm=yes");
        assertThat(portal.count("select count(*) from format_request where reference = ?", reference)).isZero();
        assertThat(portal.uploadsDir().resolve("format-files").resolve(stored)).doesNotExist();
    }

    @Test
    @DisplayName("A request by post: staff see the letter in the person's language and record posting it")
    void byPost(EmbeddedPortal portal) throws Exception {
        var made = Http.postForm(portal.baseUrl() + "pl/another-format",
                "format=EASY_READ&name=Jan+Kowalski&contactMethod=POST&address=" + encode("1 High Street\nNewtown"));
        String reference = made.headers().firstValue("Location").orElseThrow().replaceAll(".*sent=", "");
        var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
        String page = "staff/format-request?r=" + reference;
        var letter = Jsoup.parse(editor.get(page).body()).getElementById("todo");
        assertThat(letter.attr("lang")).isEqualTo("pl");
        assertThat(letter.text()).contains("Dzień dobry Jan Kowalski", reference);
        assertThat(editor.post(page, "action=contacted").statusCode()).isEqualTo(302);
        var after = Jsoup.parse(editor.get(page).body());
        assertThat(after.getElementById("todo")).isNull();
        assertThat(after.getElementById("fact-acknowledged").text()).isNotEqualTo("Not yet");
        assertThat(portal.count("select count(*) from audit_event where action = 'FORMAT_REQUEST_CONTACTED' and subject_id = ?", reference))
                .isEqualTo(1);
    }

    @Test
    @DisplayName("English with JavaScript: a request made and acknowledged, then handled and sent by staff; axe on every new page")
    void englishJourneyWithJavaScript(Browser browser, EmbeddedPortal portal) throws Exception {
        String email = "journey-" + System.nanoTime() + "@example.org";
        browser.open("/another-format");
        browser.driver().findElement(By.id("format-AUDIO")).click();
        browser.type("details", "The draft involvement strategy");
        browser.type("name", "Sam Taylor");
        browser.driver().findElement(By.id("contactMethod-first")).click();
        browser.type("email", email);
        browser.clickAndWait(By.cssSelector("form.form button[type=submit]"));
        String reference = browser.driver().findElement(By.cssSelector(".panel__body")).getText().replace("Your reference is ", "");
        assertThat(browser.driver().findElement(By.id("sent-due")).getText()).startsWith("We will answer by ");
        Mailbox.awaitSubjectStartingWith(portal, email, "We have your request for another format (" + reference + ")");

        // the acknowledgement page in English, Welsh and Urdu, in each reading mode
        for (String language : new String[] {"", "/cy", "/ur"}) {
            for (String mode : new String[] {"read=standard&print=standard", "read=standard&print=large", "read=easy&print=standard"}) {
                browser.open(language + "/another-format?sent=" + reference + "&" + mode);
                assertThat(browser.driver().findElements(By.id("sent-due"))).hasSize(1);
                browser.assertNoAxeViolations();
            }
        }

        StaffSignIns.signIn(browser, "editor@example.gov.uk");
        browser.open("/staff/format-requests");
        browser.assertNoAxeViolations();
        browser.clickAndWait(By.linkText(reference));
        browser.assertNoAxeViolations();
        browser.clickAndWait(By.id("take"));
        assertThat(browser.driver().findElement(By.id("done")).getText()).isEqualTo("You are handling this request.");
        Path file = Files.createTempFile("audio", ".mp3");
        Files.write(file, new byte[] {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0, 'x', 'y'});
        browser.driver().findElement(By.id("file")).sendKeys(file.toString());
        browser.clickAndWait(By.id("attach"));
        assertThat(browser.driver().findElement(By.id("done")).getText()).isEqualTo("The file is attached.");
        browser.assertNoAxeViolations();
        browser.clickAndWait(By.id("mark-sent"));
        assertThat(browser.driver().findElement(By.id("fact-status")).getText()).isEqualTo("Sent");
        assertThat(Mailbox.awaitSubjectStartingWith(portal, email, "What you asked for is ready (" + reference + ")").getContent().toString())
                .contains("/format-file?t=");
        Files.delete(file);
    }

    @Test
    @DisplayName("Welsh without JavaScript: a request on the Thursday before Easter is overdue after ten working days, not one day earlier")
    void welshOverdueAcrossEasterWithoutJavaScript(EmbeddedPortal portal) throws Exception {
        // Thursday 25 March 2027, 10:00 in London (GMT): Good Friday and Easter Monday follow
        Instant thursday = Instant.parse("2027-03-25T10:00:00Z");
        try (var browser = Browser.start(false)) {
            browser.reset(portal.baseUrl());
            moveTo(portal, thursday);
            String email = "pasg-" + System.nanoTime() + "@example.org";
            browser.open("/cy/another-format");
            browser.driver().findElement(By.id("format-BRAILLE")).click();
            browser.type("name", "Dafydd Jones");
            browser.driver().findElement(By.id("contactMethod-first")).click();
            browser.type("email", email);
            browser.clickAndWait(By.cssSelector("form.form button[type=submit]"));
            String reference = browser.driver().findElement(By.cssSelector(".panel__body")).getText().replace("Eich cyfeirnod yw ", "");
            assertThat(browser.driver().findElement(By.id("sent-due")).getText()).isEqualTo("Byddwn yn ateb erbyn Dydd Llun, 12 Ebrill 2027.");
            assertThat(Mailbox.awaitSubjectStartingWith(portal, email, "Mae eich cais am fformat arall wedi dod i law (" + reference + ")")
                    .getContent().toString()).contains("12 Ebrill 2027");

            // Monday 12 April, the tenth working day, late in the evening: due, not overdue
            moveTo(portal, Instant.parse("2027-04-12T21:00:00Z"));
            var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
            assertThat(Jsoup.parse(editor.get("staff/format-requests").body()).getElementById("request-" + reference).text())
                    .contains("Due by Monday 12 April 2027").doesNotContain("Overdue");

            // Tuesday 13 April: overdue, said in words
            moveTo(portal, Instant.parse("2027-04-13T08:00:00Z"));
            StaffSignIns.signIn(browser, "editor@example.gov.uk");
            browser.open("/cy/staff/format-requests");
            var row = browser.driver().findElement(By.id("request-" + reference));
            assertThat(row.findElement(By.cssSelector(".request__overdue")).getText()).isEqualTo("Yn hwyr: roedd i fod erbyn Dydd Llun, 12 Ebrill 2027");
            browser.clickAndWait(By.linkText(reference));
            browser.clickAndWait(By.id("take"));
            Path file = Files.createTempFile("braille", ".pdf");
            Files.write(file, PDF);
            browser.driver().findElement(By.id("file")).sendKeys(file.toString());
            browser.clickAndWait(By.id("attach"));
            assertThat(browser.driver().findElement(By.id("done")).getText()).isEqualTo("Mae’r ffeil wedi’i hatodi.");
            browser.clickAndWait(By.id("mark-sent"));
            assertThat(browser.driver().findElement(By.id("fact-status")).getText()).isEqualTo("Wedi’i anfon");
            assertThat(browser.driver().findElements(By.id("overdue"))).as("sent is no longer overdue").isEmpty();
            var told = Mailbox.awaitSubjectStartingWith(portal, email, "Mae’r hyn y gofynnoch amdano yn barod (" + reference + ")");
            assertThat(told.getContent().toString()).contains("Lawrlwythwch ef yma", "/format-file?t=");
            Files.delete(file);
        } finally {
            portal.moveClock(Duration.ZERO);
        }
    }

    /** A request made over plain HTTP from the form in a language; returns its reference. */
    private static String request(EmbeddedPortal portal, String prefix, String format, String name, String email) {
        var made = Http.postForm(portal.baseUrl() + prefix + "another-format",
                "format=" + format + "&name=" + encode(name) + "&contactMethod=EMAIL&email=" + encode(email));
        assertThat(made.statusCode()).isEqualTo(302);
        return made.headers().firstValue("Location").orElseThrow().replaceAll(".*sent=", "");
    }

    /** The file posted as the staff page's multipart form does, with the client's cookies and the portal's origin. */
    private static HttpResponse<String> upload(EmbeddedPortal portal, StaffSignIns.Client staff, String reference, String name,
                                               byte[] content) throws Exception {
        String boundary = "----formatqueue" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"language\"\r\n\r\nen\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"r\"\r\n\r\n" + reference + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        return http.send(HttpRequest.newBuilder(URI.create(portal.baseUrl() + "staff/format-request-file"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", staff.cookieHeader())
                .header("Origin", portal.baseUrl().replaceAll("/$", ""))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Moves the portal's clock to this moment (as an offset from the real time, which moves on a little meanwhile). */
    private static void moveTo(EmbeddedPortal portal, Instant moment) {
        portal.moveClock(Duration.between(Instant.now(), moment));
    }
}
