package org.involveportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.involveportal.people.ResidentSignIns;
import org.involveportal.staff.StaffSignIns;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.Http;
import org.involveportal.testsupport.PortalExtension;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Over-limit input on every form of the portal, over plain HTTP as a browser without JavaScript sends it:
 * every text field of a form gets 100,001 characters at once, and the page must answer with a message
 * beside each field (in the page's language), every typed value still in its field, never a 500. A body
 * too big for any form and a form with 10,000 parameters get the portal's 413 page. None of it may leave
 * a stack trace in the server log.
 */
@ExtendWith(PortalExtension.class)
class FormLimitsIT {

    /** Over every limit of every field: the longest the portal takes is 50,000 characters. */
    static final String BIG = "Ŵ" + "x".repeat(100_000);
    /** For one-line fields: over the longest of them (a question's 10,000-character limit written as a number). */
    static final String LONG = "Ŵ" + "x".repeat(10_001);
    private static final String PASSWORD = "Harbour lantern quietly mossy 2026";
    private static final String OPEN = "draft-involvement-strategy";
    private static final String CLOSED = "day-opportunities-review";
    private static final Path LOG = PortalExtension.SERVER_LOG;
    private static long logStart;

    @BeforeAll
    static void markLog(EmbeddedPortal portal) throws IOException {
        logStart = Files.exists(LOG) ? Files.size(LOG) : 0;
    }

    @AfterAll
    static void noStackTraceLogged() throws IOException {
        String logged = readLogFrom(logStart);
        assertThat(logged).as("server log during the test").doesNotContain("\tat ").doesNotContain("EJBException");
    }

    @Test
    @DisplayName("Public forms: over-limit text gets a message beside each field with what was typed kept, in English and Welsh")
    void publicForms(EmbeddedPortal portal) {
        var soft = new SoftAssertions();
        var anonymous = new StaffSignIns.Client(portal);
        check(soft, anonymous, "another-format", Map.of("contactMethod", "POST"));
        check(soft, anonymous, "cy/another-format", Map.of("contactMethod", "POST"));
        check(soft, anonymous, "another-format", Map.of("contactMethod", "EMAIL"));
        check(soft, anonymous, "account/sign-up", Map.of());
        check(soft, anonymous, "cy/account/sign-up", Map.of());
        check(soft, anonymous, "account/sign-in", Map.of());
        soft.assertAll();
    }

    @Test
    @DisplayName("Answering a consultation: every question page with text, contact details and the come-back-later email")
    void respondJourney(EmbeddedPortal portal) throws Exception {
        var soft = new SoftAssertions();
        var resident = new StaffSignIns.Client(portal);
        var started = resident.post("consultations/" + OPEN + "/respond", "");
        assertThat(started.statusCode()).isEqualTo(302);
        String token = started.headers().firstValue("Location").orElseThrow()
                .replaceAll(".*/respond/([A-Za-z0-9_-]{43})/answering-as$", "$1");
        int checked = 0;
        for (int page = 1; page <= 10; page++) {
            var get = resident.get("respond/" + token + "/questions/" + page);
            if (get.statusCode() == 404) {
                break;
            }
            if (!textFields(mainForm(Jsoup.parse(get.body()))).isEmpty()) {
                check(soft, resident, "respond/" + token + "/questions/" + page, Map.of());
                check(soft, resident, "cy/respond/" + token + "/questions/" + page, Map.of());
                checked++;
            }
        }
        assertThat(checked).as("question pages with free text").isPositive();
        check(soft, resident, "respond/" + token + "/contact", Map.of("way", "POST"));
        check(soft, resident, "cy/respond/" + token + "/contact", Map.of("way", "EMAIL"));
        check(soft, resident, "respond/" + token + "/saved", Map.of());
        soft.assertAll();
    }

    @Test
    @DisplayName("A resident's forms: involvement profile, joining a group, registering for a meeting")
    void residentForms(EmbeddedPortal portal) throws Exception {
        var soft = new SoftAssertions();
        String slug = "limits-" + UUID.randomUUID().toString().substring(0, 8);
        long group = insertGroup(portal, slug);
        long meeting = insertMeeting(portal, group);
        var resident = ResidentSignIns.signedUpAndVerified(portal, slug + "@example.org", PASSWORD);
        check(soft, resident, "account/profile", Map.of());
        check(soft, resident, "groups/" + slug + "/join", Map.of());
        check(soft, resident, "groups/" + slug + "/meetings/" + meeting + "/register", Map.of());
        soft.assertAll();
    }

    @Test
    @DisplayName("Staff forms: consultations, easy read, questions, windows, feedback, groups, meetings, messages, responses, accounts")
    void staffForms(EmbeddedPortal portal) throws Exception {
        var soft = new SoftAssertions();
        String slug = "limits-" + UUID.randomUUID().toString().substring(0, 8);
        long group = insertGroup(portal, slug);
        long meeting = insertMeeting(portal, group);
        long past = insertMeeting(portal, group, -3);

        var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
        check(soft, editor, "staff/consultation-edit", Map.of());
        String draft = newDraft(editor);
        check(soft, editor, "staff/consultation-edit?c=" + draft, Map.of());
        check(soft, editor, "staff/question-edit?c=" + draft, Map.of());
        check(soft, editor, "staff/group-edit", Map.of());
        check(soft, editor, "staff/group-edit?g=" + slug, Map.of());
        check(soft, editor, "staff/meeting-edit?g=" + slug, Map.of());
        check(soft, editor, "staff/meeting-edit?m=" + meeting, Map.of());
        check(soft, editor, "staff/group-message?g=" + slug, Map.of());
        check(soft, editor, "staff/meeting?m=" + past, Map.of(), "Ŵ" + "x".repeat(200_000)); // minutes take 200,000
        check(soft, editor, "staff/response-entry?c=" + OPEN, Map.of("way", "POST"));
        check(soft, editor, "staff/password", Map.of());

        var publisher = StaffSignIns.signedIn(portal, "publisher@example.gov.uk");
        check(soft, publisher, "staff/consultation-window?c=" + OPEN, Map.of());
        check(soft, publisher, "staff/consultation-publish?c=" + draft, Map.of());
        check(soft, publisher, "staff/feedback-edit?c=" + CLOSED, Map.of("action", "save"));

        var admin = StaffSignIns.signedIn(portal, "admin@example.gov.uk");
        check(soft, admin, "staff/accounts", Map.of());
        check(soft, admin, "staff/reach-baseline", Map.of());
        soft.assertAll();
    }

    @Test
    @DisplayName("A 20 MB post and a form of 10,000 parameters get the portal's 413 page, not a fault or a hang")
    void oversizedBodies(EmbeddedPortal portal) {
        var twentyMegabytes = Http.postForm(portal.baseUrl() + "account/sign-up", "email=" + "x".repeat(20 * 1024 * 1024));
        assertTooLarge(twentyMegabytes);

        var parameters = new StringBuilder("email=a%40example.org");
        for (int i = 0; i < 10_000; i++) {
            parameters.append("&p").append(i).append("=1");
        }
        var many = Http.postForm(portal.baseUrl() + "account/sign-up", parameters.toString());
        assertTooLarge(many);

        var welsh = Http.postForm(portal.baseUrl() + "cy/another-format", "name=" + "x".repeat(17 * 1024 * 1024));
        assertThat(welsh.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(welsh.body()).select("main").text()).doesNotContain("Exception");
    }

    private static void assertTooLarge(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(413);
        var page = Jsoup.parse(response.body());
        assertThat(page.select("header .site-header__service").text()).isEqualTo("Involve");
        assertThat(page.select("h1").text()).isEqualTo("What you sent was too large");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("Payara").doesNotContain("Grizzly");
    }

    // ---- the check ----

    /**
     * Fills every text field of each post form on the page with {@link #BIG} (others as the page has them,
     * or as given), posts it, and checks the answer: a page (not a redirect, 413 or 500) with an error
     * summary, a message beside each field and each typed value kept (passwords are never shown again).
     */
    private static void check(SoftAssertions soft, StaffSignIns.Client client, String page, Map<String, String> given) {
        check(soft, client, page, given, BIG);
    }

    /** With another value for text areas, for fields whose limit is over {@link #BIG}'s length. */
    private static void check(SoftAssertions soft, StaffSignIns.Client client, String page, Map<String, String> given,
            String big) {
        try {
            var get = client.get(page);
            soft.assertThat(get.statusCode()).as("GET %s", page).isEqualTo(200);
            if (get.statusCode() != 200) {
                return;
            }
            var forms = postForms(Jsoup.parse(get.body(), get.uri().toString()));
            soft.assertThat(forms).as("post forms with text fields on %s", page).isNotEmpty();
            for (int f = 0; f < forms.size(); f++) {
                var doc = Jsoup.parse(client.get(page).body());
                var form = postForms(doc).get(f);
                String label = page + " form " + (f + 1);
                var fields = textFields(form);
                var body = new ArrayList<String>();
                var filled = new LinkedHashMap<String, Element>();
                var radios = new HashSet<String>();
                for (Element input : form.select("input[name], textarea[name], select[name]")) {
                    String name = input.attr("name");
                    if (input.hasAttr("disabled")) {
                        continue;
                    }
                    if (given.containsKey(name)) {
                        if (radios.add(name)) {
                            body.add(encode(name) + "=" + encode(given.get(name)));
                        }
                    } else if (fields.contains(input)) {
                        body.add(encode(name) + "=" + encode(input.is("textarea") ? big : LONG));
                        filled.put(name, input);
                    } else if (input.is("select")) {
                        var option = input.selectFirst("option[selected]");
                        option = option == null ? input.selectFirst("option") : option;
                        body.add(encode(name) + "=" + encode(option == null ? "" : option.val()));
                    } else if (input.attr("type").equals("radio")) {
                        var group = form.select("input[type=radio][name=" + name + "]");
                        var chosen = group.stream().filter(r -> r.hasAttr("checked")).findFirst().orElse(group.first());
                        if (radios.add(name)) {
                            body.add(encode(name) + "=" + encode(chosen.val()));
                        }
                    } else if (input.attr("type").equals("checkbox")) {
                        if (input.hasAttr("checked")) {
                            body.add(encode(name) + "=" + encode(input.val()));
                        }
                    } else if (!input.attr("type").equals("submit")) {
                        body.add(encode(name) + "=" + encode(input.val()));
                    }
                }
                var button = form.selectFirst("button[name][type=submit], button[name]:not([type])");
                if (button != null && !given.containsKey(button.attr("name"))) {
                    body.add(encode(button.attr("name")) + "=" + encode(button.val()));
                }
                String action = form.attr("action").isEmpty() ? "/" + page : form.attr("action");
                var posted = client.post(action.replaceFirst("^/", ""), String.join("&", body));
                soft.assertThat(posted.statusCode()).as("%s: status", label).isEqualTo(200);
                if (posted.statusCode() != 200) {
                    continue;
                }
                var answer = Jsoup.parse(posted.body());
                soft.assertThat(answer.select(".error-summary")).as("%s: error summary", label).isNotEmpty();
                if (page.startsWith("cy/")) {
                    soft.assertThat(answer.title()).as("%s: title in Welsh", label).startsWith("Gwall: ");
                }
                filled.forEach((name, sent) -> {
                    var field = answer.selectFirst("[name=" + name + "]");
                    soft.assertThat(field).as("%s: field %s still there", label, name).isNotNull();
                    if (field == null) {
                        return;
                    }
                    soft.assertThat(hasMessageBeside(answer, field)).as("%s: message beside %s", label, name).isTrue();
                    if (!"password".equals(field.attr("type"))) {
                        String value = field.is("textarea") ? field.wholeText().replaceFirst("^\n", "") : field.val();
                        soft.assertThat(value.equals(sent.is("textarea") ? big : LONG)).as("%s: %s kept (%d characters shown)", label, name, value.length()).isTrue();
                    }
                });
            }
        } catch (Exception e) {
            soft.fail(page + ": " + e, e);
        }
    }

    /** Its own message, one it is described by, or the message of its group (the parts of a date). */
    private static boolean hasMessageBeside(Document page, Element field) {
        var group = field.closest(".form-group");
        if (group != null && group.selectFirst(".error-message") != null) {
            return true;
        }
        if (!field.id().isEmpty() && page.getElementById(field.id() + "-error") != null) {
            return true;
        }
        for (String id : field.attr("aria-describedby").split("\\s+")) {
            var described = id.isEmpty() ? null : page.getElementById(id);
            if (described != null && described.hasClass("error-message")) {
                return true;
            }
        }
        return false;
    }

    private static List<Element> postForms(Document page) {
        return page.select("main form").stream().filter(form -> "post".equalsIgnoreCase(form.attr("method")))
                .filter(form -> !textFields(form).isEmpty()).toList();
    }

    private static Element mainForm(Document page) {
        var forms = page.select("main form[method=post]");
        return forms.isEmpty() ? new Element("form") : forms.first();
    }

    private static List<Element> textFields(Element form) {
        var fields = new ArrayList<Element>();
        for (Element input : form.select("input[name], textarea[name]")) {
            String type = input.attr("type").isEmpty() ? "text" : input.attr("type");
            if (input.is("textarea") || Set.of("text", "email", "tel", "number", "url", "search", "password", "date").contains(type)) {
                if (!input.hasAttr("disabled") && !input.hasAttr("readonly")) {
                    fields.add(input);
                }
            }
        }
        return fields;
    }

    private static String newDraft(StaffSignIns.Client editor) throws Exception {
        String title = "Limits " + UUID.randomUUID().toString().substring(0, 8);
        var created = editor.post("staff/consultation-edit", "title-en=" + encode(title) + "&summary-en=" + encode("A test draft"));
        String location = created.headers().firstValue("Location").orElseThrow(() ->
                new AssertionError("No draft made: " + created.statusCode()));
        return location.replaceAll(".*[?&]c=([^&]+).*", "$1");
    }

    private static long insertGroup(EmbeddedPortal portal, String slug) throws SQLException {
        try (var c = portal.connectToDatabase(); var s = c.createStatement()) {
            s.executeUpdate("insert into involvement_group (slug, meeting_mode, area, payment, needs_approval, listed)"
                    + " values ('" + slug + "', 'IN_PERSON', 'Test area', 'NONE', false, true)", Statement.RETURN_GENERATED_KEYS);
            long id;
            try (var keys = s.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            s.executeUpdate("insert into involvement_group_text (group_id, language, name, purpose) values (" + id
                    + ", 'en', 'Test group " + slug + "', 'For tests')");
            s.executeUpdate("insert into involvement_group_text (group_id, language, name, purpose) values (" + id
                    + ", 'cy', 'Grwp prawf " + slug + "', 'Ar gyfer profion')");
            return id;
        }
    }

    private static long insertMeeting(EmbeddedPortal portal, long group) throws SQLException {
        return insertMeeting(portal, group, 10);
    }

    private static long insertMeeting(EmbeddedPortal portal, long group, int days) throws SQLException {
        try (var c = portal.connectToDatabase(); var s = c.createStatement()) {
            s.executeUpdate("insert into meeting (group_id, starts_at, ends_at, venue, capacity) values (" + group
                    + ", utc_timestamp(6) + interval " + days + " day, utc_timestamp(6) + interval " + days
                    + " day + interval 2 hour, 'Test hall', 10)",
                    Statement.RETURN_GENERATED_KEYS);
            long id;
            try (var keys = s.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            s.executeUpdate("insert into meeting_text (meeting_id, language, title) values (" + id + ", 'en', 'Test meeting')");
            return id;
        }
    }

    private static String encode(String value) {
        return StaffSignIns.encode(value);
    }

    private static String readLogFrom(long offset) throws IOException {
        if (!Files.exists(LOG)) {
            return "";
        }
        byte[] all = Files.readAllBytes(LOG);
        return new String(all, (int) Math.min(offset, all.length), (int) Math.max(0, all.length - offset),
                java.nio.charset.StandardCharsets.UTF_8);
    }
}
