package org.involveportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.involveportal.testsupport.Browser;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.Http;
import org.involveportal.testsupport.NoLeaks;
import org.involveportal.testsupport.PortalExtension;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PortalExtension.class)
class ErrorPagesIT {

    @Test
    @DisplayName("An unknown address gets a 404 page in the portal's look, with nothing about the server")
    void notFound(EmbeddedPortal portal) {
        var response = Http.get(portal.baseUrl() + "no-such-page");

        assertThat(response.statusCode()).isEqualTo(404);
        var page = Jsoup.parse(response.body());
        assertThat(page.title()).isEqualTo("Page not found – Involve");
        assertThat(page.select("h1").text()).isEqualTo("Page not found");
        assertThat(page.select("header .site-header__service").text()).isEqualTo("Involve");
        assertThat(page.select("a[href=/]")).isNotEmpty();
        NoLeaks.assertNoServerDetails(response);
    }

    @Test
    @DisplayName("A missing Facelets page and a request for the templates get the 404 page too")
    void missingViewAndTemplates(EmbeddedPortal portal) {
        for (String path : new String[] {"missing.xhtml", "WEB-INF/web.xml", "WEB-INF/templates/layout.xhtml"}) {
            var response = Http.get(portal.baseUrl() + path);
            assertThat(response.statusCode()).as(path).isIn(403, 404);
            assertThat(response.body()).as(path).contains("site-header").doesNotContain("<web-app");
            NoLeaks.assertNoServerDetails(response);
        }
    }

    @Test
    @DisplayName("A form posted back after its view expired gets the expired page, not a stack trace")
    void expiredView(EmbeddedPortal portal) {
        var response = Http.postForm(portal.baseUrl() + "index.xhtml",
                "jakarta.faces.ViewState=stale-view-state&someForm=someForm");

        var page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).isEqualTo("This page was open for a long time");
        NoLeaks.assertNoServerDetails(response);
    }

    @Test
    @DisplayName("Pages carry the security headers, and no server name or version")
    void securityHeaders(EmbeddedPortal portal) {
        var response = Http.get(portal.baseUrl());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("frame-ancestors 'none'").contains("object-src 'none'");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("same-origin");
        NoLeaks.assertNoServerDetails(response);
    }

    @Test
    @DisplayName("The 404 page has no WCAG 2.2 A or AA violations under axe")
    void notFoundPageIsAccessible(Browser browser) {
        browser.open("/no-such-page");
        browser.assertNoAxeViolations();
    }
}
