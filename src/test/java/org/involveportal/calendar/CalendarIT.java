package org.involveportal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.involveportal.staff.StaffSignIns.encode;

import biweekly.Biweekly;
import biweekly.component.VEvent;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.involveportal.staff.StaffSignIns;
import org.involveportal.testsupport.Browser;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.Http;
import org.involveportal.testsupport.PortalExtension;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The public calendar, partner organisations and the consultations' overlap warning, over plain HTTP: an admin adds a
 * partner with a logo, an editor names it on a consultation, the calendar shows and filters it, the feed parses as
 * iCalendar with a library, staff scheduling a third consultation for the same people in the same weeks are warned and
 * not for a second, and posts from roles that may not make them are refused. One browser check: the month and the list
 * without JavaScript, in English and Welsh.
 */
@ExtendWith(PortalExtension.class)
class CalendarIT {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private static Browser withoutJavaScript;

    @BeforeAll
    static void startBrowserWithoutJavaScript() {
        withoutJavaScript = Browser.start(false);
    }

    @AfterAll
    static void stopBrowserWithoutJavaScript() {
        withoutJavaScript.close();
    }

    @Test
    @DisplayName("A partner named on a consultation shows on its page, in the calendar and its filters, and in the feed a library parses")
    void partnerCalendarAndFeed(EmbeddedPortal portal) throws Exception {
        var admin = StaffSignIns.signedIn(portal, "admin@example.gov.uk");
        String name = "Carers Centre " + UUID.randomUUID().toString().substring(0, 8);
        // a problem comes back beside its field, with what was typed
        var missing = Jsoup.parse(admin.post("staff/partners", "name=" + encode(name) + "&email=&phone=&website=http%3A%2F%2Fnot-secure.example").body());
        assertThat(missing.select("#website-error").text()).contains("https://");
        assertThat(missing.getElementById("name").attr("value")).isEqualTo(name);
        var added = admin.post("staff/partners", "name=" + encode(name) + "&email=hello%40carers.example.org&phone=&website=");
        assertThat(added.statusCode()).isEqualTo(302);
        String partner = added.headers().firstValue("Location").orElseThrow().replaceAll(".*p=([a-z0-9-]+).*", "$1");
        assertThat(portal.count("select count(*) from audit_event where action = 'PARTNER_ADDED' and subject_id = ?", partner)).isEqualTo(1);

        // a logo: a program named logo.png is refused by its first bytes; a PNG is kept outside the application and served
        var refused = upload(portal, admin, partner, "logo.png", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0});
        assertThat(refused.headers().firstValue("Location").orElseThrow()).contains("logo=partners.error.logoType");
        assertThat(Jsoup.parse(admin.get("staff/partners?p=" + partner + "&logo=partners.error.logoType").body())
                .select("#logo-file-error").text()).contains("PNG");
        assertThat(upload(portal, admin, partner, "logo.png", PNG).headers().firstValue("Location").orElseThrow()).contains("logo=partners.logo.saved");
        String stored = portal.queryOne("select logo_file from partner_organisation where slug = ?", partner);
        var logo = Http.get(portal.baseUrl() + "partner-logos/" + partner + "?v=" + stored);
        assertThat(logo.statusCode()).isEqualTo(200);
        assertThat(logo.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/png");
        assertThat(Http.get(portal.baseUrl() + "partner-logos/" + partner + "?v=other").statusCode()).isEqualTo(404);

        // a consultation run with the partner, opening on a Monday about six months on
        var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
        var publisher = StaffSignIns.signedIn(portal, "publisher@example.gov.uk");
        LocalDate opens = LocalDate.now(LONDON).plusMonths(6).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        String slug = consultation(editor, "Hearing loops in libraries " + UUID.randomUUID(), "SENSORY_IMPAIRMENT", partner);
        publish(publisher, slug, opens, opens.plusWeeks(13).minusDays(1));
        assertThat(portal.count("select count(*) from audit_event where action = 'PARTNER_NAMED' and subject_id = ?", slug)).isEqualTo(1);
        var page = page(portal, "consultations/" + slug);
        assertThat(page.select("#consultation-partner").text()).contains(name, "hello@carers.example.org");
        assertThat(page.select("#consultation-partner img").attr("src")).endsWith("/partner-logos/" + partner + "?v=" + stored);

        // the month it opens: in the table and the list, linked to its page, in English and Welsh
        String id = portal.queryOne("select id from consultation where slug = ?", slug);
        String month = opens.toString().substring(0, 7);
        var calendar = page(portal, "calendar?month=" + month);
        assertThat(calendar.select("#calendar-month caption").text()).isNotBlank();
        assertThat(calendar.select("#calendar-month thead th")).hasSize(7);
        assertThat(calendar.select("#calendar-month a[href$=/consultations/" + slug + "]")).isNotEmpty();
        var list = page(portal, "calendar?view=list&month=" + month);
        assertThat(list.select("#day-" + opens + " #consultation-" + id + "-opens a").attr("href")).endsWith("/consultations/" + slug);
        assertThat(list.select("#day-" + opens + " #consultation-" + id + "-opens").text()).contains("Consultation opens", name);
        assertThat(page(portal, "cy/calendar?view=list&month=" + month).select("#consultation-" + id + "-opens a").attr("href"))
                .endsWith("/cy/consultations/" + slug);
        // filters: by partner, kind and who it is for
        assertThat(page(portal, "calendar?view=list&month=" + month + "&partner=" + partner).getElementById("consultation-" + id + "-opens")).isNotNull();
        assertThat(page(portal, "calendar?view=list&month=" + month + "&kind=MEETING").getElementById("consultation-" + id + "-opens")).isNull();
        assertThat(page(portal, "calendar?view=list&month=" + month + "&who=CARERS").getElementById("consultation-" + id + "-opens")).isNull();
        assertThat(page(portal, "calendar?view=list&month=" + month + "&who=SENSORY_IMPAIRMENT&kind=CONSULTATION")
                .getElementById("consultation-" + id + "-opens")).isNotNull();
        // an unknown filter value shows everything and is not kept
        var unknown = Http.get(portal.baseUrl() + "calendar?partner=no-such-partner");
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.headers().firstValue("X-Page-Cache")).isNotEqualTo(java.util.Optional.of("hit"));

        // a meeting the partner runs too (named as the editors' form does it, here in the database)
        String meeting = portal.queryOne("""
                select m.id from meeting m join involvement_group g on g.id = m.group_id
                where g.listed and m.starts_at > utc_timestamp() order by m.starts_at limit 1""");
        try (var connection = portal.connectToDatabase(); var update = connection.prepareStatement(
                "update meeting set partner_id = (select id from partner_organisation where slug = ?) where id = ?")) {
            update.setString(1, partner);
            update.setLong(2, Long.parseLong(meeting));
            update.executeUpdate();
        }
        try {
            // the feed of this filter: the subscribe link names it, and a library reads it
            String feedAddress = page(portal, "cy/calendar?partner=" + partner).select("#feed-address").text();
            assertThat(feedAddress).contains("/calendar.ics?partner=" + partner + "&lang=cy");
            assertThat(page(portal, "cy/calendar?partner=" + partner).select("#subscribe-link").attr("href")).startsWith("webcal://");
            var feed = Http.get(portal.baseUrl() + "calendar.ics?partner=" + partner + "&lang=cy");
            assertThat(feed.statusCode()).isEqualTo(200);
            assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
            var parsed = Biweekly.parse(feed.body()).first();
            assertThat(parsed.validate(biweekly.ICalVersion.V2_0).isEmpty()).as("%s", parsed.validate(biweekly.ICalVersion.V2_0)).isTrue();
            assertThat(parsed.getEvents()).extracting(e -> e.getUid().getValue()).containsExactlyInAnyOrder(
                    "consultation-" + id + "-opens@involve", "consultation-" + id + "-closes@involve", "meeting-" + meeting + "@involve");
            VEvent opening = parsed.getEvents().stream().filter(e -> e.getUid().getValue().endsWith("-opens@involve")).findFirst().orElseThrow();
            assertThat(opening.getSummary().getValue()).startsWith("Ymgynghoriad yn agor: ");
            assertThat(opening.getDateStart().getValue().toInstant()).isEqualTo(opens.atStartOfDay(LONDON).toInstant());
            assertThat(opening.getDateTimeStamp()).isNotNull();
            assertThat(opening.getUrl().getValue()).endsWith("/cy/consultations/" + slug);
            assertThat(opening.getDescription().getValue()).isEqualTo("Yn cael ei gynnal gyda " + name);
            VEvent theMeeting = parsed.getEvents().stream().filter(e -> e.getUid().getValue().startsWith("meeting-")).findFirst().orElseThrow();
            assertThat(theMeeting.getDateEnd()).isNotNull();
            assertThat(feed.body()).contains("DTSTART:").doesNotContain("TZID");
            // the same UIDs on the next fetch, so calendar apps update rather than add
            assertThat(Biweekly.parse(Http.get(portal.baseUrl() + "calendar.ics?partner=" + partner + "&lang=en").body()).first().getEvents())
                    .extracting(e -> e.getUid().getValue()).containsExactlyInAnyOrderElementsOf(
                            parsed.getEvents().stream().map(e -> e.getUid().getValue()).toList());
            // another kind only, and values the calendar does not offer
            assertThat(Biweekly.parse(Http.get(portal.baseUrl() + "calendar.ics?partner=" + partner + "&kind=MEETING").body()).first().getEvents())
                    .hasSize(1);
            assertThat(Http.get(portal.baseUrl() + "calendar.ics?kind=PARTY").statusCode()).isEqualTo(404);
            assertThat(Http.get(portal.baseUrl() + "calendar.ics?partner=nobody").statusCode()).isEqualTo(404);
            // the group's page shows who runs the meeting
            String group = portal.queryOne("select g.slug from involvement_group g join meeting m on m.group_id = g.id where m.id = ?", meeting);
            assertThat(page(portal, "groups/" + group).select("#meeting-" + meeting + "-partner").text()).contains(name);
        } finally {
            try (var connection = portal.connectToDatabase(); var update = connection.prepareStatement(
                    "update meeting set partner_id = null where id = ?")) {
                update.setLong(1, Long.parseLong(meeting));
                update.executeUpdate();
            }
        }
    }

    @Test
    @DisplayName("Scheduling a third consultation for the same people in the same weeks warns above a threshold of 2; a second does not")
    void overlapWarning(EmbeddedPortal portal) throws Exception {
        var admin = StaffSignIns.signedIn(portal, "admin@example.gov.uk");
        var typo = Jsoup.parse(admin.post("staff/settings", "action=overlap&overlap-threshold=lots").body());
        assertThat(typo.select("#overlap-threshold-error").text()).contains("1 to 20");
        assertThat(admin.post("staff/settings", "action=overlap&overlap-threshold=2").statusCode()).isEqualTo(302);
        assertThat(Jsoup.parse(admin.get("staff/settings").body()).getElementById("overlap-threshold").attr("value")).isEqualTo("2");

        // for people with a sensory impairment, years ahead where nothing else is
        var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
        var publisher = StaffSignIns.signedIn(portal, "publisher@example.gov.uk");
        String audience = "SENSORY_IMPAIRMENT";
        String first = consultation(editor, "Braille letters " + UUID.randomUUID(), audience, null);
        publish(publisher, first, LocalDate.of(2031, 3, 3), LocalDate.of(2031, 6, 1));
        String second = consultation(editor, "Audio description " + UUID.randomUUID(), audience, null);
        publish(publisher, second, LocalDate.of(2031, 5, 26), LocalDate.of(2031, 8, 24));
        String third = consultation(editor, "Guide dogs on buses " + UUID.randomUUID(), audience, null);
        String otherPeople = consultation(editor, "Carers' breaks " + UUID.randomUUID(), "CARERS", null);
        publish(publisher, otherPeople, LocalDate.of(2031, 5, 19), LocalDate.of(2031, 8, 17));

        // the dates as typed, shown again with a problem (a reason too long), not published
        var three = Jsoup.parse(publisher.post("staff/consultation-publish?c=" + third,
                dates(LocalDate.of(2031, 5, 19), LocalDate.of(2031, 8, 17)) + "&reason-en=" + "x".repeat(2001)).body());
        assertThat(three.getElementById("overlap-warning")).as("three for the same people").isNotNull();
        assertThat(three.getElementById("overlap-warning").text()).contains("3", "2");
        assertThat(three.select("#overlap-list li").eachAttr("id")).containsExactly("overlap-" + first, "overlap-" + second);

        var two = Jsoup.parse(publisher.post("staff/consultation-publish?c=" + third,
                dates(LocalDate.of(2030, 12, 9), LocalDate.of(2031, 3, 9)) + "&reason-en=" + "x".repeat(2001)).body());
        assertThat(two.select("#overlap-list li").eachAttr("id")).containsExactly("overlap-" + first);
        assertThat(two.getElementById("overlap-warning")).as("two for the same people, not above 2").isNull();
        assertThat(portal.count("select count(*) from consultation where slug = ? and published_at is not null", third)).isZero();

        // the threshold raised: three are no longer above it
        assertThat(admin.post("staff/settings", "action=overlap&overlap-threshold=3").statusCode()).isEqualTo(302);
        var raised = Jsoup.parse(publisher.post("staff/consultation-publish?c=" + third,
                dates(LocalDate.of(2031, 5, 19), LocalDate.of(2031, 8, 17)) + "&reason-en=" + "x".repeat(2001)).body());
        assertThat(raised.select("#overlap-list li")).hasSize(2);
        assertThat(raised.getElementById("overlap-warning")).isNull();
        assertThat(admin.post("staff/settings", "action=overlap&overlap-threshold=2").statusCode()).isEqualTo(302);
        assertThat(portal.count("select count(*) from audit_event where action = 'SETTING_CHANGED' and subject_id = 'consultation-overlap-threshold'"))
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    @DisplayName("Posts from roles that may not make them are refused: partners and settings are the admins', naming a partner the editors'")
    void forgedPosts(EmbeddedPortal portal) throws Exception {
        var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
        assertThat(editor.post("staff/partners", "name=Forged&email=forged%40example.org").statusCode()).isEqualTo(403);
        assertThat(editor.post("staff/settings", "action=overlap&overlap-threshold=20").statusCode()).isEqualTo(403);
        assertThat(upload(portal, editor, "any", "logo.png", PNG).statusCode()).isEqualTo(403);
        var publisher = StaffSignIns.signedIn(portal, "publisher@example.gov.uk");
        assertThat(publisher.post("staff/consultation-edit", "title-en=Forged&summary-en=Forged&partner=").statusCode()).isEqualTo(403);
        assertThat(editor.get("staff/partners").statusCode()).isEqualTo(403);
        assertThat(portal.count("select count(*) from partner_organisation where name = 'Forged'")).isZero();
        // a partner that is not on the list is a problem beside the field, not a saved consultation
        var unknown = Jsoup.parse(editor.post("staff/consultation-edit", "title-en=Unknown+partner&summary-en=Summary&partner=no-such-partner").body());
        assertThat(unknown.select("#partner-error").text()).isNotBlank();
    }

    @Test
    @DisplayName("Without JavaScript, in English and Welsh: the month is a table with a caption and day headers, its links lead to the list and the next month")
    void monthAndListWithoutJavaScript(EmbeddedPortal portal) {
        withoutJavaScript.reset(portal.baseUrl());
        var driver = withoutJavaScript.driver();
        withoutJavaScript.resize(1024, 900);
        for (String language : new String[] {"", "/cy"}) {
            withoutJavaScript.open(language + "/calendar");
            assertThat(driver.findElements(By.tagName("script"))).isEmpty();
            assertThat(driver.findElement(By.cssSelector("#calendar-month caption")).getAttribute("textContent")).isNotBlank();
            assertThat(driver.findElements(By.cssSelector("#calendar-month thead th"))).hasSize(7);
            String monthHeading = driver.findElement(By.id("month-heading")).getText();
            withoutJavaScript.clickAndWait(By.id("list-view"));
            assertThat(driver.getCurrentUrl()).contains(language + "/calendar?view=list");
            assertThat(driver.findElements(By.id("calendar-month"))).isEmpty();
            assertThat(driver.findElement(By.id("month-heading")).getText()).isEqualTo(monthHeading);
            withoutJavaScript.clickAndWait(By.id("next-month"));
            assertThat(driver.getCurrentUrl()).contains("view=list").contains("month=");
            assertThat(driver.findElement(By.id("month-heading")).getText()).isNotEqualTo(monthHeading);
            withoutJavaScript.clickAndWait(By.id("month-view"));
            assertThat(driver.findElement(By.id("calendar-month")).isDisplayed()).isTrue();
        }
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("cy");
        // at 320 px the month is shown as the list of its days, not a table to scroll sideways
        withoutJavaScript.resize(320, 900);
        withoutJavaScript.open("/calendar");
        assertThat(driver.findElement(By.id("calendar-month")).isDisplayed()).isFalse();
        assertThat(withoutJavaScript.scrollsHorizontally()).isFalse();
    }

    /** A draft by an editor for these people, perhaps run with a partner; its slug. */
    private static String consultation(StaffSignIns.Client editor, String title, String who, String partner) throws Exception {
        var saved = editor.post("staff/consultation-edit", "title-en=" + encode(title) + "&summary-en=" + encode("What you think of " + title)
                + "&who=" + who + (partner == null ? "" : "&partner=" + partner));
        assertThat(saved.statusCode()).as("draft saved").isEqualTo(302);
        return saved.headers().firstValue("Location").orElseThrow().replaceAll(".*c=([a-z0-9-]+).*", "$1");
    }

    private static void publish(StaffSignIns.Client publisher, String slug, LocalDate first, LocalDate last) throws Exception {
        var published = publisher.post("staff/consultation-publish?c=" + slug, dates(first, last));
        assertThat(published.statusCode()).as("published " + slug + ": " + Jsoup.parse(published.body()).select(".error-summary").text()).isEqualTo(302);
    }

    private static String dates(LocalDate first, LocalDate last) {
        return "opens-day=" + first.getDayOfMonth() + "&opens-month=" + first.getMonthValue() + "&opens-year=" + first.getYear()
                + "&closes-day=" + last.getDayOfMonth() + "&closes-month=" + last.getMonthValue() + "&closes-year=" + last.getYear();
    }

    private static Document page(EmbeddedPortal portal, String path) {
        var response = Http.get(portal.baseUrl() + path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body(), portal.baseUrl() + path);
    }

    /** A logo sent as the partner page's multipart form sends it. */
    private static HttpResponse<String> upload(EmbeddedPortal portal, StaffSignIns.Client client, String partner, String fileName, byte[] content)
            throws Exception {
        String boundary = "----calendar" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"p\"\r\n\r\n" + partner + "\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"language\"\r\n\r\nen\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"logo\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String base = portal.baseUrl();
        var request = HttpRequest.newBuilder(URI.create(base + "staff/partner-logo"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Origin", base.replaceAll("/$", ""))
                .header("Cookie", client.cookieHeader())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
