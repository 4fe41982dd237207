package org.involveportal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.involveportal.staff.StaffSignIns.encode;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.involveportal.platform.PasswordHasher;
import org.involveportal.staff.StaffSignIns;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.PortalExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Public pages are rendered once for visitors who are not signed in and then served as bytes: over
 * plain HTTP, with the portal's test support saying whether a page came from the cache
 * ({@code X-Page-Cache}) and how many SQL statements a request ran.
 */
@ExtendWith(PortalExtension.class)
class PageCacheIT {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String PUBLIC_PAGE = "public, max-age=0, s-maxage=60, stale-while-revalidate=30";

    /** No cookies: every request is a first visit, as most visitors' are. */
    private final HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    @DisplayName("A second visit to a public page is served from the cache, running no SQL statement")
    void secondVisitIsServedFromTheCache(EmbeddedPortal portal) throws Exception {
        String slug = openConsultation(portal, "Cached page");

        var first = get(portal, "consultations/" + slug);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("X-Page-Cache")).hasValue("miss");
        assertThat(first.headers().firstValue("Cache-Control")).hasValue(PUBLIC_PAGE);
        assertThat(first.headers().firstValue("Vary")).hasValue("Cookie");
        assertThat(first.body()).contains("Cached page " + slug);
        // the same bytes for everyone: no per-request nonce, so no inline script or style either
        assertThat(first.headers().firstValue("Content-Security-Policy").orElseThrow()).doesNotContain("nonce", "unsafe-inline");
        assertThat(first.body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)").doesNotContainPattern("\\son[a-z]+=\"")
                .doesNotContain(" style=\"");

        String name = UUID.randomUUID().toString();
        var second = send(portal, request(portal, "consultations/" + slug).header("X-Count-Statements", name));
        assertThat(second.headers().firstValue("X-Page-Cache")).hasValue("hit");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
        assertThat(statements(portal, name)).as("statements run by a page served from the cache").isZero();
    }

    @Test
    @DisplayName("A browser or proxy holding the same bytes gets 304, by ETag or by date")
    void conditionalRequestsGetNotModified(EmbeddedPortal portal) throws Exception {
        var page = get(portal, "glossary");
        String etag = page.headers().firstValue("ETag").orElseThrow();
        String lastModified = page.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(etag).matches("\"[A-Za-z0-9_-]{27}\"");

        var sameTag = send(portal, request(portal, "glossary").header("If-None-Match", etag));
        assertThat(sameTag.statusCode()).isEqualTo(304);
        assertThat(sameTag.body()).isEmpty();
        assertThat(sameTag.headers().firstValue("ETag")).hasValue(etag);
        assertThat(sameTag.headers().firstValue("Cache-Control")).hasValue(PUBLIC_PAGE);

        var otherTag = send(portal, request(portal, "glossary").header("If-None-Match", "\"something-else\""));
        assertThat(otherTag.statusCode()).isEqualTo(200);
        assertThat(otherTag.body()).isEqualTo(page.body());

        var sameDate = send(portal, request(portal, "glossary").header("If-Modified-Since", lastModified));
        assertThat(sameDate.statusCode()).isEqualTo(304);
        var otherTagSameDate = send(portal, request(portal, "glossary").header("If-None-Match", "\"something-else\"")
                .header("If-Modified-Since", lastModified));
        assertThat(otherTagSameDate.statusCode()).as("If-None-Match wins over If-Modified-Since").isEqualTo(200);
    }

    @Test
    @DisplayName("Publishing, extending and withdrawing through the back office show on the next request")
    void changesShowAtOnce(EmbeddedPortal portal) throws Exception {
        String slug = draftConsultation(portal, "Published while cached");
        String title = "Published while cached " + slug;
        assertThat(get(portal, "consultations/" + slug).statusCode()).as("a draft has no public page").isEqualTo(404);
        assertThat(get(portal, "consultations").body()).doesNotContain(title);
        assertThat(get(portal, "consultations").headers().firstValue("X-Page-Cache")).hasValue("hit");

        var publisher = StaffSignIns.signedIn(portal, "publisher@example.gov.uk");
        LocalDate today = LocalDate.now(LONDON);
        LocalDate last = today.plusWeeks(13);
        var published = publisher.post("staff/consultation-publish?c=" + slug, "opens-day=" + today.getDayOfMonth()
                + "&opens-month=" + today.getMonthValue() + "&opens-year=" + today.getYear() + "&closes-day=" + last.getDayOfMonth()
                + "&closes-month=" + last.getMonthValue() + "&closes-year=" + last.getYear() + "&reason-en=&reason-cy=");
        assertThat(published.statusCode()).as("published").isEqualTo(302);
        assertThat(get(portal, "consultations").body()).contains(title);
        var page = get(portal, "consultations/" + slug);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(title);
        assertThat(get(portal, "consultations/" + slug).headers().firstValue("X-Page-Cache")).hasValue("hit");

        LocalDate later = last.plusWeeks(2);
        var extended = publisher.post("staff/consultation-window?c=" + slug, "action=extend&extend-day=" + later.getDayOfMonth()
                + "&extend-month=" + later.getMonthValue() + "&extend-year=" + later.getYear()
                + "&extend-reason-en=" + encode("Many people asked for more time.") + "&extend-reason-cy=");
        assertThat(extended.statusCode()).as("extended").isEqualTo(302);
        assertThat(get(portal, "consultations/" + slug).body()).contains("Many people asked for more time.");

        var withdrawn = publisher.post("staff/consultation-window?c=" + slug, "action=withdraw&withdraw-reason-en="
                + encode("The service is staying as it is.") + "&withdraw-reason-cy=");
        assertThat(withdrawn.statusCode()).as("withdrawn").isEqualTo(302);
        assertThat(get(portal, "consultations/" + slug).body()).contains("The service is staying as it is.");
        assertThat(get(portal, "consultations").body()).doesNotContain(title);
    }

    @Test
    @DisplayName("Sending a response keeps the cached pages: answers are on no public page")
    void sendingAResponseKeepsTheCache(EmbeddedPortal portal) throws Exception {
        String slug = "draft-involvement-strategy";
        get(portal, "consultations/" + slug);
        assertThat(get(portal, "consultations/" + slug).headers().firstValue("X-Page-Cache")).hasValue("hit");
        var questions = new ArrayList<Long>();
        try (var c = portal.connectToDatabase(); var rows = c.createStatement().executeQuery("select q.id from question q"
                + " join consultation c on c.id = q.consultation_id where c.slug = '" + slug + "' order by q.position")) {
            while (rows.next()) {
                questions.add(rows.getLong(1));
            }
        }
        int responses = portal.count("select count(*) from response");

        var start = post(portal, "consultations/" + slug + "/respond", "");
        String location = start.headers().firstValue("Location").orElseThrow();
        String draft = location.substring(location.indexOf("respond/"), location.lastIndexOf('/') + 1);
        post(portal, draft + "answering-as", "answeringAs=CARER&action=continue");
        post(portal, draft + "questions/1", "q" + questions.get(0) + "=2&q" + questions.get(1) + "=1&action=continue");
        post(portal, draft + "contact", "way=NONE&action=continue");
        var sent = post(portal, draft + "check", "");
        assertThat(sent.headers().firstValue("Location").orElse("")).as("response sent").endsWith("/about-you");
        assertThat(portal.count("select count(*) from response")).isEqualTo(responses + 1);

        assertThat(get(portal, "consultations/" + slug).headers().firstValue("X-Page-Cache")).hasValue("hit");
    }

    @Test
    @DisplayName("A consultation opens on time with its page cached: the cache follows the portal's clock")
    void opensOnTimeWithACachedPage(EmbeddedPortal portal) throws Exception {
        String slug = forthcomingConsultation(portal, "Opening tomorrow");
        var before = get(portal, "consultations/" + slug);
        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(before.body()).doesNotContain("id=\"answer-link\"");
        assertThat(get(portal, "consultations/" + slug).headers().firstValue("X-Page-Cache")).hasValue("hit");
        try {
            portal.moveClock(Duration.ofDays(2));
            var after = get(portal, "consultations/" + slug);
            assertThat(after.headers().firstValue("X-Page-Cache")).hasValue("miss");
            assertThat(after.body()).contains("id=\"answer-link\"");
        } finally {
            portal.moveClock(Duration.ZERO);
        }
    }

    @Test
    @DisplayName("Signed-in residents and staff never get a cached page, and nothing of theirs is kept")
    void signedInVisitorsNeverShareThePages(EmbeddedPortal portal) throws Exception {
        var resident = signedInResident(portal);
        var anonymousPage = get(portal, "contact");
        assertThat(get(portal, "contact").headers().firstValue("X-Page-Cache")).hasValue("hit");

        var residentPage = resident.send(request(portal, "contact").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(residentPage.statusCode()).isEqualTo(200);
        assertThat(residentPage.headers().firstValue("X-Page-Cache")).isEmpty();
        assertThat(residentPage.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(residentPage.body()).isNotEqualTo(anonymousPage.body());
        assertThat(accountLink(residentPage.body())).as("the resident's own account link").endsWith("/account");

        var staff = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
        var staffPage = staff.get("contact");
        assertThat(staffPage.headers().firstValue("X-Page-Cache")).isEmpty();
        assertThat(staffPage.headers().firstValue("Cache-Control")).hasValue("no-store");

        var afterwards = get(portal, "contact");
        assertThat(afterwards.headers().firstValue("X-Page-Cache")).hasValue("hit");
        assertThat(afterwards.body()).isEqualTo(anonymousPage.body());
        assertThat(accountLink(afterwards.body())).endsWith("/account/sign-in");
    }

    @Test
    @DisplayName("Welsh, easy-read and large-print pages are kept apart, by address or by the reading-mode cookie")
    void languagesAndReadingModesAreDistinct(EmbeddedPortal portal) throws Exception {
        String slug = openConsultation(portal, "Four ways");
        var english = get(portal, "consultations/" + slug);
        var welsh = get(portal, "cy/consultations/" + slug);
        var easyRead = get(portal, "consultations/" + slug + "?read=easy");
        var largePrint = get(portal, "consultations/" + slug + "?print=large");
        var easyByCookie = send(portal, request(portal, "consultations/" + slug).header("Cookie", "involve-reading-mode=easy"));

        assertThat(welsh.body()).contains("lang=\"cy\"").isNotEqualTo(english.body());
        assertThat(easyRead.body()).isNotEqualTo(english.body()).isNotEqualTo(welsh.body());
        assertThat(largePrint.body()).isNotEqualTo(english.body()).isNotEqualTo(easyRead.body());
        assertThat(easyByCookie.body()).isNotEqualTo(english.body());
        assertThat(htmlClass(easyByCookie.body())).isEqualTo(htmlClass(easyRead.body()));
        for (var page : new String[] {"consultations/" + slug, "cy/consultations/" + slug, "consultations/" + slug + "?read=easy"}) {
            assertThat(get(portal, page).headers().firstValue("X-Page-Cache")).as(page).hasValue("hit");
        }
        assertThat(get(portal, "consultations/" + slug).body()).isEqualTo(english.body());
        assertThat(get(portal, "cy/consultations/" + slug).body()).isEqualTo(welsh.body());
    }

    @Test
    @DisplayName("Unknown query parameters neither bypass the cache nor add to it, nor reach a kept page")
    void unknownParametersAreIgnored(EmbeddedPortal portal) throws Exception {
        var page = get(portal, "privacy");
        int kept = keptPages(portal);
        for (String query : new String[] {"?utm_source=newsletter", "?x=1&y=2", "?preview2=true&gaps2=show"}) {
            var withQuery = get(portal, "privacy" + query);
            assertThat(withQuery.headers().firstValue("X-Page-Cache")).as(query).hasValue("hit");
            assertThat(withQuery.body()).as(query).isEqualTo(page.body());
        }
        assertThat(keptPages(portal)).as("pages kept after unknown parameters").isEqualTo(kept);

        // a page not yet kept, asked for with an unknown parameter, is rendered for that visitor alone
        portal.clearPageCache();
        var withCampaign = get(portal, "groups?topic=CARERS_SUPPORT&utm_campaign=radio");
        assertThat(withCampaign.headers().firstValue("X-Page-Cache")).hasValue("not-kept");
        assertThat(keptPages(portal)).as("pages kept after a page asked for with an unknown parameter").isZero();
        var filtered = get(portal, "groups?topic=CARERS_SUPPORT");
        assertThat(filtered.body()).doesNotContain("utm_campaign");
        var campaignAgain = get(portal, "groups?topic=CARERS_SUPPORT&utm_campaign=radio");
        assertThat(campaignAgain.headers().firstValue("X-Page-Cache")).hasValue("hit");
        assertThat(campaignAgain.body()).isEqualTo(filtered.body());
    }

    @Test
    @DisplayName("Made-up filter and reading-mode values show the page but are never kept, so they cannot fill the cache")
    void madeUpValuesAreNotKept(EmbeddedPortal portal) throws Exception {
        portal.clearPageCache();
        for (String page : new String[] {"groups?topic=ABC", "groups?area=Atlantis", "groups?how=TELEPATHY",
                "consultations?who=NOBODY", "you-said-we-did?topic=ABC", "glossary?read=difficult", "privacy?gaps=hide"}) {
            for (int visit = 1; visit <= 2; visit++) {
                var shown = get(portal, page);
                assertThat(shown.statusCode()).as(page).isEqualTo(200);
                assertThat(shown.headers().firstValue("X-Page-Cache")).as(page + ", visit " + visit).isNotEqualTo(Optional.of("hit"));
            }
        }
        assertThat(keptPages(portal)).as("pages kept after made-up values").isZero();
        // a value the page knows is kept as before
        get(portal, "groups?topic=CARERS_SUPPORT");
        assertThat(get(portal, "groups?topic=CARERS_SUPPORT").headers().firstValue("X-Page-Cache")).hasValue("hit");
    }

    @Test
    @DisplayName("A page in the language and mode already remembered sets no cookie, so a proxy may keep it")
    void rememberedChoicesSetNoCookie(EmbeddedPortal portal) throws Exception {
        var first = get(portal, "cy/glossary?read=easy");
        assertThat(first.headers().allValues("Set-Cookie")).as("a first visit remembers the choices")
                .anyMatch(cookie -> cookie.startsWith("involve-language=cy"))
                .anyMatch(cookie -> cookie.startsWith("involve-reading-mode=easy"));
        var again = send(portal, request(portal, "cy/glossary?read=easy")
                .header("Cookie", "involve-language=cy; involve-reading-mode=easy"));
        assertThat(again.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(again.headers().firstValue("X-Page-Cache")).hasValue("hit");
        var changed = send(portal, request(portal, "glossary?read=standard")
                .header("Cookie", "involve-language=cy; involve-reading-mode=easy"));
        assertThat(changed.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("involve-reading-mode=standard"));
    }

    @Test
    @DisplayName("Static files at their fingerprinted address are cached for a year; without it, for minutes")
    void fingerprintedStaticFilesAreImmutable(EmbeddedPortal portal) throws Exception {
        var home = get(portal, "glossary").body();
        var stylesheet = Pattern.compile("href=\"(/static/css/portal\\.css\\?v=[0-9a-f]{12})\"").matcher(home);
        assertThat(stylesheet.find()).as("the stylesheet's link carries its fingerprint").isTrue();

        var fingerprinted = get(portal, stylesheet.group(1).substring(1));
        assertThat(fingerprinted.statusCode()).isEqualTo(200);
        assertThat(fingerprinted.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");

        var plain = get(portal, "static/css/portal.css");
        assertThat(plain.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
        var oldFingerprint = get(portal, "static/css/portal.css?v=000000000000");
        assertThat(oldFingerprint.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
        assertThat(fingerprinted.body()).isEqualTo(plain.body());
    }

    // ---- plumbing ----

    private HttpRequest.Builder request(EmbeddedPortal portal, String path) {
        return HttpRequest.newBuilder(URI.create(portal.baseUrl() + path)).timeout(Duration.ofSeconds(30)).GET();
    }

    private HttpResponse<String> get(EmbeddedPortal portal, String path) throws Exception {
        return send(portal, request(portal, path));
    }

    private HttpResponse<String> send(EmbeddedPortal portal, HttpRequest.Builder request) throws Exception {
        return anonymous.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(EmbeddedPortal portal, String path, String form) throws Exception {
        return anonymous.send(HttpRequest.newBuilder(URI.create(portal.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", portal.baseUrl().replaceAll("/$", ""))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private int statements(EmbeddedPortal portal, String name) throws Exception {
        var count = get(portal, "test-support/statements?request=" + name);
        assertThat(count.statusCode()).isEqualTo(200);
        return Integer.parseInt(count.body().trim());
    }

    private int keptPages(EmbeddedPortal portal) throws Exception {
        return Integer.parseInt(get(portal, "test-support/page-cache").body().trim());
    }

    private static String accountLink(String body) {
        var link = Pattern.compile("<a href=\"([^\"]*)\" id=\"account-link\"").matcher(body);
        assertThat(link.find()).as("the header's account link").isTrue();
        return link.group(1);
    }

    private static String htmlClass(String body) {
        var html = Pattern.compile("<html[^>]*class=\"([^\"]*)\"").matcher(body);
        return html.find() ? html.group(1) : "";
    }

    /** A resident of their own, signed in with a password: an HTTP client holding the session cookie. */
    private static HttpClient signedInResident(EmbeddedPortal portal) throws Exception {
        String email = "cache-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String password = "Cached pages are for everyone else";
        try (var c = portal.connectToDatabase(); var insert = c.prepareStatement("insert into resident (email, password_hash,"
                + " language, created_at, verified_at) values (?, ?, 'en', utc_timestamp(6), utc_timestamp(6))")) {
            insert.setString(1, email);
            insert.setString(2, new PasswordHasher().hash(password));
            insert.executeUpdate();
        }
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        var signIn = client.send(HttpRequest.newBuilder(URI.create(portal.baseUrl() + "account/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", portal.baseUrl().replaceAll("/$", ""))
                .POST(HttpRequest.BodyPublishers.ofString("email=" + encode(email) + "&password=" + encode(password))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).as("resident signed in").isEqualTo(302);
        return client;
    }

    private static String openConsultation(EmbeddedPortal portal, String title) throws SQLException {
        return consultation(portal, title, "utc_timestamp(6) - interval 1 day", "utc_timestamp(6) + interval 90 day", true);
    }

    private static String forthcomingConsultation(EmbeddedPortal portal, String title) throws SQLException {
        return consultation(portal, title, "utc_timestamp(6) + interval 1 day", "utc_timestamp(6) + interval 91 day", true);
    }

    private static String draftConsultation(EmbeddedPortal portal, String title) throws SQLException {
        return consultation(portal, title, "utc_timestamp(6) + interval 1 day", "utc_timestamp(6) + interval 91 day", false);
    }

    /** A consultation in English and Welsh, by SQL (the test portal then clears its page cache). */
    private static String consultation(EmbeddedPortal portal, String title, String opens, String closes, boolean published)
            throws SQLException {
        String slug = "cache-" + UUID.randomUUID().toString().substring(0, 8);
        try (var c = portal.connectToDatabase(); var s = c.createStatement()) {
            long id = insert(c, "insert into consultation (slug, opens_at, closes_at, published_at) values ('" + slug + "', "
                    + opens + ", " + closes + ", " + (published ? "utc_timestamp(6) - interval 1 day" : "null") + ")");
            s.executeUpdate("insert into consultation_text (consultation_id, language, title, summary) values (" + id
                    + ", 'en', '" + title + " " + slug + "', 'What we plan, and what you think of it'), (" + id
                    + ", 'cy', 'Cymraeg " + slug + "', 'Beth rydym yn ei gynllunio')");
            s.executeUpdate("insert into consultation_easy_read_idea (consultation_id, position, language, text, picture, alt_text)"
                    + " values (" + id + ", 0, 'en', 'Tell us what you think.', 'speech', 'Speech bubble')");
        }
        return slug;
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
}
