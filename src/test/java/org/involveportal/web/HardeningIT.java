package org.involveportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.involveportal.people.ResidentSignIns;
import org.involveportal.staff.StaffSignIns;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.Http;
import org.involveportal.testsupport.PortalExtension;
import org.involveportal.testsupport.RawHttp;
import org.involveportal.web.filter.RequestLimits;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an attacker from outside sees of the running portal, over plain HTTP: no session for anonymous
 * visitors, the same security headers on a response of every status, pages that answer only GET,
 * HEAD and POST, no server endpoint but health, and redirects that never leave the portal.
 */
@ExtendWith(PortalExtension.class)
class HardeningIT {

    private static final Pattern SESSIONS = Pattern.compile("\"sessionsCreated\":(\\d+)");
    private static final Pattern HEAP = Pattern.compile("\"heapUsedAfterGc\":(\\d+)");
    private static final List<String> PUBLIC_PAGES = List.of("/", "/glossary", "/accessibility", "/privacy", "/contact",
            "/another-format", "/consultations", "/consultations/carers-short-breaks", "/consultations/draft-involvement-strategy",
            "/consultations/draft-involvement-strategy/respond", "/you-said-we-did", "/groups", "/account/sign-in",
            "/account/sign-up", "/no-such-page", "/cy/", "/cy/consultations", "/ur/groups", "/bn/glossary",
            "/consultations?read=easy", "/glossary?print=large");

    @Test
    @DisplayName("1,000 anonymous visits to public pages make no session and leave the heap as it was (within 10 MB)")
    void anonymousVisitorsGetNoSession(EmbeddedPortal portal) throws Exception {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(); // keeps no cookies
        visit(portal, client, 500); // warm up: classes loaded, caches filled
        long sessionsBefore = status(portal, SESSIONS);
        long heapBefore = status(portal, HEAP);

        var cookies = visit(portal, client, 1_000);

        long sessionsAfter = status(portal, SESSIONS);
        long heapAfter = status(portal, HEAP);
        System.out.printf("Anonymous visits: 1000 GETs, sessions made %d, heap after GC %.1f MB -> %.1f MB%n",
                sessionsAfter - sessionsBefore, heapBefore / 1e6, heapAfter / 1e6);
        assertThat(cookies).as("session cookies sent to anonymous visitors").isEmpty();
        assertThat(sessionsAfter - sessionsBefore).as("sessions made").isZero();
        assertThat(heapAfter - heapBefore).as("heap growth in bytes").isLessThan(10_000_000L);
    }

    /** GETs every public page in turn from four threads; returns any session cookie set. */
    private static List<String> visit(EmbeddedPortal portal, HttpClient client, int count) throws Exception {
        var cookies = new ConcurrentLinkedQueue<String>();
        var failures = new ConcurrentLinkedQueue<String>();
        var next = new AtomicInteger();
        String base = portal.baseUrl().replaceAll("/$", "");
        var pool = Executors.newFixedThreadPool(4);
        try {
            for (int t = 0; t < 4; t++) {
                pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < count) {
                        String page = PUBLIC_PAGES.get(i % PUBLIC_PAGES.size());
                        try {
                            var request = HttpRequest.newBuilder(URI.create(base + page)).GET().build();
                            HttpResponse<Void> response;
                            try {
                                response = client.send(request, HttpResponse.BodyHandlers.discarding());
                            } catch (java.io.IOException closed) {
                                // the server may close a kept-alive connection as the next GET goes out;
                                // a browser sends such a GET again, and so does this test, once
                                response = client.send(request, HttpResponse.BodyHandlers.discarding());
                            }
                            if (response.statusCode() != 200 && response.statusCode() != 404 && response.statusCode() != 302) {
                                failures.add(page + " " + response.statusCode());
                            }
                            response.headers().allValues("Set-Cookie").stream()
                                    .filter(c -> c.startsWith("INVOLVE_SESSION")).forEach(c -> cookies.add(page + ": " + c));
                        } catch (Exception e) {
                            failures.add(page + " " + e);
                        }
                    }
                    return null;
                });
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
        } finally {
            pool.shutdownNow();
        }
        assertThat(failures).isEmpty();
        return List.copyOf(cookies);
    }

    private static long status(EmbeddedPortal portal, Pattern field) {
        var response = Http.get(portal.baseUrl() + "test-support/status");
        assertThat(response.statusCode()).isEqualTo(200);
        var matcher = field.matcher(response.body());
        assertThat(matcher.find()).as(response.body()).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    @Test
    @DisplayName("A response of every status the portal gives carries the same security headers, and no stack trace or server name")
    void headersOnEveryStatus(EmbeddedPortal portal) throws Exception {
        String base = portal.baseUrl();
        var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        var responses = new LinkedHashMap<String, HttpResponse<String>>();
        responses.put("200 page", Http.get(base + "glossary"));
        responses.put("200 file", Http.get(base + "static/css/portal.css"));
        responses.put("302 language", Http.get(base + "cy"));
        responses.put("302 staff sign-in", Http.get(base + "staff/audit"));
        responses.put("400 encoded slash", Http.get(base + "cy/%2Fglossary"));
        responses.put("403 cross-site post", Http.postForm(base + "another-format", "name=x", "https://evil.example"));
        responses.put("404", Http.get(base + "no-such-page"));
        responses.put("405", http.send(HttpRequest.newBuilder(URI.create(base + "glossary"))
                .method("DELETE", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()));
        responses.put("413", http.send(HttpRequest.newBuilder(URI.create(base + "another-format"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", base.replaceAll("/$", ""))
                .POST(HttpRequest.BodyPublishers.ofString("name=" + "x".repeat((int) RequestLimits.MAX_BODY_BYTES + 1))).build(), HttpResponse.BodyHandlers.ofString()));
        responses.put("500", Http.get(base + "test-support/fault"));

        for (var entry : responses.entrySet()) {
            var response = entry.getValue();
            String what = entry.getKey();
            assertThat(response.statusCode()).as(what).isEqualTo(Integer.parseInt(what.substring(0, 3)));
            var headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy").orElse("")).as(what)
                    .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(headers.allValues("Content-Security-Policy")).as(what + ": one policy").hasSize(1);
            assertThat(headers.firstValue("X-Content-Type-Options")).as(what).contains("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(what).contains("same-origin");
            assertThat(headers.firstValue("X-Frame-Options")).as(what).contains("DENY");
            assertThat(headers.firstValue("Server")).as(what).isEmpty();
            assertThat(headers.firstValue("X-Powered-By")).as(what).isEmpty();
            assertThat(response.body()).as(what).doesNotContain("\tat ", "Exception", "Payara", "GlassFish", "Mojarra");
        }
        assertThat(responses.get("500").body()).contains("<main");
        assertThat(responses.get("413").body()).contains("<main");
    }

    @Test
    @DisplayName("Pages answer GET, HEAD and POST only: PUT, DELETE, PATCH, TRACE and OPTIONS are 405")
    void otherMethodsRefused(EmbeddedPortal portal) {
        for (String page : List.of("/", "/glossary", "/consultations", "/cy/groups", "/account/sign-in")) {
            for (String method : List.of("PUT", "DELETE", "PATCH", "TRACE", "OPTIONS")) {
                var reply = RawHttp.send(portal.baseUrl(), method, page, null);
                assertThat(reply.status()).as(method + " " + page).isEqualTo(405);
                if (!method.equals("TRACE")) { // the server refuses TRACE itself, before the portal sees it
                    assertThat(reply.header("content-security-policy")).as(method + " " + page).contains("frame-ancestors 'none'");
                }
            }
            assertThat(RawHttp.send(portal.baseUrl(), "HEAD", page, null).status()).as("HEAD " + page).isIn(200, 302);
        }
    }

    @Test
    @DisplayName("No server endpoint but health is open to the public: metrics and OpenAPI answer nothing of themselves")
    void serverEndpointsClosed(EmbeddedPortal portal) {
        for (String endpoint : List.of("metrics", "metrics/base", "metrics/vendor", "openapi", "openapi/ui", "cy/metrics", "cy/health/ready")) {
            var response = Http.get(portal.baseUrl() + endpoint);
            assertThat(response.statusCode()).as(endpoint).isIn(403, 404);
            assertThat(response.body()).as(endpoint).doesNotContain("# TYPE", "base_", "openapi:", "jvm");
        }
        var health = Http.get(portal.baseUrl() + "health/ready");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("UP").doesNotContainPattern("\\d+\\.\\d+\\.\\d+").doesNotContain("jdbc:", "127.0.0.1");
    }

    @Test
    @DisplayName("Redirects built from hostile input never leave the portal: language prefixes, Accept-Language, sign-in's next, staff continue")
    void redirectsStayOnThePortal(EmbeddedPortal portal) throws Exception {
        String base = portal.baseUrl();
        var host = URI.create(base).getAuthority();
        var hostile = new ArrayList<String>();
        for (String target : List.of("/en//evil.example/phish", "/en/\\evil.example", "/en/%2F%2Fevil.example", "/en/%5Cevil.example",
                "/cy//evil.example", "//evil.example/", "/\\evil.example", "/%2F%2Fevil.example", "/en/.//evil.example",
                "/en?next=//evil.example", "/cy?x=https://evil.example", "/en/../evil.example")) {
            var reply = RawHttp.send(base, "GET", target, null);
            hostile.add(target + " -> " + reply.status() + " " + reply.header("location"));
            assertStaysHere(target, reply.status(), reply.header("location"), host);
        }
        // A first visit to the root follows the browser's language, and stays here.
        var welsh = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base)).header("Accept-Language", "cy, en;q=0.5")
                .GET().build(), HttpResponse.BodyHandlers.discarding());
        assertThat(welsh.statusCode()).isEqualTo(302);
        assertStaysHere("root in Welsh", 302, welsh.headers().firstValue("Location").orElse(null), host);

        // After a resident signs in, a hostile "next" is ignored.
        String email = "redirects-" + System.nanoTime() + "@example.org";
        String password = "Quietly mossy harbour lantern 2027";
        ResidentSignIns.signedUpAndVerified(portal, email, password);
        for (String next : List.of("//evil.example", "https://evil.example/", "/\\evil.example", "/%2F%2Fevil.example",
                "javascript:alert(1)", "/account%0d%0aLocation:%20https://evil.example", "http:evil.example")) {
            var client = new StaffSignIns.Client(portal);
            var signIn = client.post("account/sign-in?next=" + StaffSignIns.encode(next), "action=password&email="
                    + StaffSignIns.encode(email) + "&password=" + StaffSignIns.encode(password) + "&next=" + StaffSignIns.encode(next));
            assertStaysHere("sign-in next " + next, signIn.statusCode(), signIn.headers().firstValue("Location").orElse(null), host);
            assertThat(signIn.headers().firstValue("Location").orElse("")).as(next).endsWith("/account");
        }

        // Staff who were sent to sign in come back to the staff page they asked for, never elsewhere.
        String admin = "continue-" + System.nanoTime() + "@example.gov.uk";
        StaffSignIns.createAccount(portal, admin, org.involveportal.staff.StaffRole.ADMIN);
        var staff = new StaffSignIns.Client(portal);
        var asked = staff.get("staff/audit?subject=//evil.example");
        assertThat(asked.headers().firstValue("Location").orElse("")).endsWith("/staff/sign-in");
        staff.post("staff/sign-in", "email=" + StaffSignIns.encode(admin) + "&password="
                + StaffSignIns.encode(org.involveportal.demo.DemoStaff.PASSWORD));
        var code = staff.post("staff/sign-in-code", "code=" + StaffSignIns.nextCode(admin,
                org.involveportal.demo.DemoStaff.APP_SECRET));
        assertStaysHere("staff continue", code.statusCode(), code.headers().firstValue("Location").orElse(null), host);
        assertThat(URI.create(code.headers().firstValue("Location").orElseThrow()).getPath()).isEqualTo("/staff/audit");
        assertThat(code.headers().allValues("Set-Cookie")).as("the signed-in staff session's cookie is strict")
                .anyMatch(c -> c.startsWith("INVOLVE_SESSION=") && c.contains("SameSite=Strict") && c.contains("HttpOnly"));
        System.out.println("Hostile redirects: " + String.join("; ", hostile));
    }

    private static void assertStaysHere(String what, int status, String location, String host) {
        if (status >= 300 && status < 400) {
            assertThat(location).as(what).isNotNull();
            var uri = URI.create(location);
            assertThat(uri.getAuthority() == null || host.equals(uri.getAuthority())).as(what + " -> " + location).isTrue();
            assertThat(uri.getScheme() == null || uri.getScheme().startsWith("http")).as(what).isTrue();
            assertThat(uri.getRawPath()).as(what).startsWith("/").doesNotStartWith("//");
        } else {
            assertThat(status).as(what).isIn(200, 400, 404);
        }
    }

    @Test
    @DisplayName("A resident's session cookie is HttpOnly and SameSite=Lax, made only at sign-in")
    void residentCookie(EmbeddedPortal portal) throws Exception {
        var client = new StaffSignIns.Client(portal);
        var page = client.get("account/sign-up");
        assertThat(page.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("INVOLVE_SESSION"));
        String email = "cookie-" + System.nanoTime() + "@example.org";
        String token = ResidentSignIns.signUp(client, portal, email, "Quietly mossy harbour lantern 2027");
        var verified = client.post("account/verify/" + token, "");
        assertThat(verified.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("INVOLVE_SESSION=")
                && c.contains("HttpOnly") && c.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"));
        assertThat(Map.of("signed in", client.get("account").statusCode())).containsEntry("signed in", 200);
    }
}
