package org.involveportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.involveportal.platform.RequestPaths.Verdict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/glossary", "/cy/", "/cy/consultations", "/consultations/",
            "/staff/", "/staff/audit", "/staff/audit.xhtml", "/static/css/portal.css",
            "/respond/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde/questions/2", "/WEB-INF/web.xml"})
    @DisplayName("The one spelling of an address is routed")
    void canonical(String path) {
        assertThat(RequestPaths.check(path)).isEqualTo(Verdict.CANONICAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"//staff/audit", "/cy//staff/audit", "/cy///staff/audit", "/cy/./staff/audit",
            "/cy/x/../staff/audit", "/staff/./audit", "/..", "/.", "/staff/audit;x=1", "/staff/audit;jsessionid=1",
            "/cy;x=1/glossary", "/STAFF/audit", "/Staff/audit", "/Test-Support/clock",
            "/web-inf/web.xml", "/Health/ready", "/METRICS"})
    @DisplayName("Another spelling of an address is not found")
    void otherSpellings(String path) {
        assertThat(RequestPaths.check(path)).isEqualTo(Verdict.NOT_FOUND);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/cy/%2Fstaff/audit", "/cy/%2fstaff", "/%5Cstaff", "/cy/\\staff/audit", "/staff\\audit",
            "/staff/%61udit", "/cy/%2e%2e/staff/audit", "/a\u0000b", "/a\tb", "/a\rb", "/a\nb", "/a b", "/caf\u00e9",
            "", "glossary"})
    @DisplayName("Encoded characters, backslashes and control characters are a bad request")
    void badRequests(String path) {
        assertThat(RequestPaths.check(path)).isEqualTo(Verdict.BAD_REQUEST);
    }

    @Test
    @DisplayName("A language prefix may be followed only by a public page, in any case")
    void publicPagePaths() {
        assertThat(RequestPaths.isPublicPagePath("/glossary")).isTrue();
        assertThat(RequestPaths.isPublicPagePath("/consultations/carers-short-breaks")).isTrue();
        assertThat(RequestPaths.isPublicPagePath("/")).isTrue();
        assertThat(RequestPaths.isPublicPagePath("/calendar")).isTrue();
        for (String reserved : new String[] {"/staff", "/staff/", "/staff/audit", "/Staff/audit", "/test-support/clock",
                "/WEB-INF/views/account/index.xhtml", "/META-INF/x", "/health/ready", "/metrics", "/openapi",
                "/static/css/portal.css", "/jakarta.faces.resource/x.js", "/calendar/meeting-1.ics"}) {
            assertThat(RequestPaths.isPublicPagePath(reserved)).as(reserved).isFalse();
        }
        assertThat(RequestPaths.isPublicPagePath("")).isFalse();
        assertThat(RequestPaths.isPublicPagePath("staff")).isFalse();
        assertThat(RequestPaths.isBackOfficePath("/staff")).isTrue();
        assertThat(RequestPaths.isBackOfficePath("/staff/audit")).isTrue();
        assertThat(RequestPaths.isBackOfficePath("/staffing")).isFalse();
        assertThat(RequestPaths.isBackOfficePath("/consultations/staff/")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/cy/", "/consultations?topic=carers", "/account/sign-in?next=%2Fgroups",
            "/staff/feedback-edit?c=a-b&saved=true"})
    @DisplayName("A redirect to an address of the portal goes there")
    void localRedirects(String target) {
        assertThat(RequestPaths.localTarget(target, "/fallback")).isEqualTo(target);
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/phish", "///evil.example", "/\\evil.example", "\\\\evil.example",
            "http://evil.example/", "https://evil.example", "HTTPS://evil.example", "javascript:alert(1)",
            "data:text/html,x", "evil.example", "/ok\r\nSet-Cookie: x=1", "/ok\nLocation: //evil.example",
            "/%0d%0aSet-Cookie:x", "/\u0000", " /glossary", "/glossary ", "/\u2215\u2215evil.example", "", "?x=1",
            "//%65vil.example", "/\t/evil.example"})
    @DisplayName("A redirect built from hostile input never leaves the portal")
    void hostileRedirects(String target) {
        String chosen = RequestPaths.localTarget(target, "/");
        assertThat(chosen).as(target).isIn("/", target.startsWith("/%0d") ? target : "/");
        assertThat(RequestPaths.isLocal(chosen)).isTrue();
        assertThat(chosen).doesNotContain("\r", "\n", "evil.example");
    }
}
