package org.involveportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.Http;
import org.involveportal.testsupport.PortalExtension;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What search engines and browser tabs read from a page's head, checked over plain HTTP. */
@ExtendWith(PortalExtension.class)
class PageMetadataIT {

    private static final List<String> PUBLIC_PAGES = List.of("", "consultations", "groups", "you-said-we-did",
            "glossary", "accessibility", "privacy", "contact", "another-format", "cy/", "cy/consultations", "ur/groups");

    @Test
    @DisplayName("Every public page has a description and an icon; content pages describe themselves with their summary")
    void descriptionAndIcon(EmbeddedPortal portal) {
        for (String page : PUBLIC_PAGES) {
            var head = Jsoup.parse(Http.get(portal.baseUrl() + page).body()).head();
            assertThat(head.select("meta[name=description]").attr("content")).as(page).isNotBlank();
            assertThat(head.select("link[rel=icon]").attr("href")).as(page).matches(".*/static/img/favicon\\.svg\\?v=[0-9a-f]{12}");
        }

        var consultation = Jsoup.parse(Http.get(portal.baseUrl() + "consultations/carers-short-breaks").body());
        assertThat(consultation.select("meta[name=description]").attr("content"))
                .isEqualTo("We want to change how carers book a short break. Tell us what works for you.")
                .isEqualTo(consultation.selectFirst("main p.lead").text());
    }

    @Test
    @DisplayName("The icon is served at the address browsers ask for by default and as SVG")
    void iconServed(EmbeddedPortal portal) {
        var ico = Http.get(portal.baseUrl() + "favicon.ico");
        assertThat(ico.statusCode()).isEqualTo(200);
        assertThat(ico.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("icon"));

        var svg = Http.get(portal.baseUrl() + "static/img/favicon.svg");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.body()).startsWith("<svg");
    }
}
