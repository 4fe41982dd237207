package org.involveportal.expense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.involveportal.staff.StaffSignIns.encode;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.involveportal.people.ResidentSignIns;
import org.involveportal.staff.StaffSignIns;
import org.involveportal.testsupport.EmbeddedPortal;
import org.jsoup.Jsoup;

/**
 * What the expense tests set up: an activity residents take part in (made, chosen and, once the portal's clock is past
 * its start, marked as come to, as staff do it), residents signing in again after the clock moved, and receipts sent
 * as a browser sends a multipart form.
 */
final class ExpenseFixtures {

    static final String PASSWORD = "a long resident password 2026";
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PROGRAM = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0};

    private ExpenseFixtures() {
    }

    /** A published Quality Checker visit in two weeks, two and a half hours long, paid or not; its slug. */
    static String activity(EmbeddedPortal portal, String title, boolean paid) throws Exception {
        var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
        LocalDate day = LocalDate.now(ZoneId.of("Europe/London")).plusWeeks(2);
        String form = "title-en=" + encode(title) + "&summary-en=" + encode("Visit a day service with a Quality Checker.")
                + "&venue-en=" + encode("Day centre, Mold Road") + "&title-cy=" + encode("Ymweliad Gwirwyr Ansawdd " + title.hashCode())
                + "&summary-cy=" + encode("Ymweld â gwasanaeth dydd.")
                + "&kind=QUALITY_CHECKER_VISIT&ladder=INVOLVING&topic=DAY_OPPORTUNITIES&who=EVERYONE&day=" + day
                + "&start=10:00&end=12:30&places=6&support=TRANSPORT" + (paid ? "&paid=yes" : "") + "&publish=yes";
        var saved = editor.post("staff/activity-edit", form);
        assertThat(saved.statusCode()).as("activity saved").isEqualTo(302);
        return saved.headers().firstValue("Location").orElseThrow().replaceAll(".*a=([a-z0-9-]+).*", "$1");
    }

    /** A new resident, interested in the activity; their email. */
    static String interestedResident(EmbeddedPortal portal, String slug) throws Exception {
        String email = "claimant-" + UUID.randomUUID() + "@example.org";
        var resident = ResidentSignIns.signedUpAndVerified(portal, email, PASSWORD);
        assertThat(resident.post("activities/" + slug + "/interest", "need=LARGE_PRINT").statusCode()).isEqualTo(302);
        return email;
    }

    /** Staff choose everyone interested (before the start). */
    static void chooseEveryone(EmbeddedPortal portal, String slug) throws Exception {
        var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
        for (String id : interestIds(editor, slug)) {
            assertThat(editor.post("staff/activity-people?a=" + slug, "action=choose&interest=" + id).statusCode()).isEqualTo(302);
        }
    }

    /** Staff mark everyone chosen as having come (once the portal's clock is past the start). */
    static void everyoneCame(EmbeddedPortal portal, String slug) throws Exception {
        var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
        for (String id : interestIds(editor, slug)) {
            assertThat(editor.post("staff/activity-people?a=" + slug, "action=came&interest=" + id).statusCode()).isEqualTo(302);
        }
    }

    private static java.util.List<String> interestIds(StaffSignIns.Client editor, String slug) throws Exception {
        return Jsoup.parse(editor.get("staff/activity-people?a=" + slug).body()).select("#people-list > li").eachAttr("id").stream()
                .map(id -> id.substring("interest-".length())).toList();
    }

    /** A resident signed in with their password, as after the clock moved past their session's eight hours. */
    static StaffSignIns.Client signIn(EmbeddedPortal portal, String email) throws Exception {
        var client = new StaffSignIns.Client(portal);
        var signIn = client.post("account/sign-in", "action=password&email=" + encode(email) + "&password=" + encode(PASSWORD));
        assertThat(signIn.statusCode()).as("resident sign-in").isEqualTo(302);
        return client;
    }

    /** A download's bytes (a spreadsheet, a receipt), with the client's cookies. */
    static HttpResponse<byte[]> download(EmbeddedPortal portal, StaffSignIns.Client client, String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(portal.baseUrl() + path)).header("Cookie", client.cookieHeader()).GET().build();
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A receipt sent as the claim page's form sends it; the answer is the redirect back to the claim. */
    static HttpResponse<String> upload(EmbeddedPortal portal, StaffSignIns.Client client, String language, String reference,
                                       String fileName, byte[] content) throws Exception {
        String boundary = "----receipt" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        for (String[] field : new String[][] {{"language", language}, {"claim", reference}}) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n" + field[1] + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"receipt\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String base = portal.baseUrl();
        var request = HttpRequest.newBuilder(URI.create(base + "account/expense-receipts"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Origin", base.replaceAll("/$", ""))
                .header("Cookie", client.cookieHeader())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }
}
