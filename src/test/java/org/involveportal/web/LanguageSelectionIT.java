package org.involveportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.PortalExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** How the language of a request is chosen: URL first, then the remembered choice, then the browser. */
@ExtendWith(PortalExtension.class)
class LanguageSelectionIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    @DisplayName("A first visit to the root follows Accept-Language; other pages do not")
    void acceptLanguageOnlyAtTheRoot(EmbeddedPortal portal) throws Exception {
        var root = send(portal, "", "cy-GB,cy;q=0.9,en;q=0.5", null);
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).get().asString().endsWith("/cy/");

        var glossary = send(portal, "glossary", "cy", null);
        assertThat(glossary.statusCode()).isEqualTo(200);
        assertThat(org.jsoup.Jsoup.parse(glossary.body()).selectFirst("html").attr("lang")).isEqualTo("en-GB");

        var unsupported = send(portal, "", "fr-FR,fr", null);
        assertThat(unsupported.statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("A remembered language beats Accept-Language at the root; /en/ remembers English")
    void rememberedChoice(EmbeddedPortal portal) throws Exception {
        var remembered = send(portal, "", "cy", "involve-language=en");
        assertThat(remembered.statusCode()).isEqualTo(200);

        var urdu = send(portal, "", "en", "involve-language=ur");
        assertThat(urdu.headers().firstValue("Location")).get().asString().endsWith("/ur/");

        var english = send(portal, "en/glossary", "cy", null);
        assertThat(english.statusCode()).isEqualTo(302);
        assertThat(english.headers().firstValue("Location")).get().asString().endsWith("/glossary");
        assertThat(english.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("involve-language=en;"));

        var welsh = send(portal, "cy/glossary", "en", null);
        assertThat(welsh.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("involve-language=cy;")
                && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"));
        assertThat(welsh.headers().firstValue("Content-Language")).contains("cy");
    }

    @Test
    @DisplayName("The reading mode is addressable by URL, remembered in a cookie, and the two modes combine")
    void readingModeByUrlAndCookie(EmbeddedPortal portal) throws Exception {
        var both = send(portal, "cy/?read=easy&print=large", "en", null);
        assertThat(htmlClasses(both)).containsExactlyInAnyOrder("mode-easy-read", "mode-large-print");
        assertThat(both.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("involve-reading-mode=easy.large;"));

        var remembered = send(portal, "cy/glossary", "en", "involve-reading-mode=large");
        assertThat(htmlClasses(remembered)).containsExactly("mode-large-print");

        var switchedOff = send(portal, "cy/glossary?print=standard", "en", "involve-reading-mode=easy.large");
        assertThat(htmlClasses(switchedOff)).containsExactly("mode-easy-read");
    }

    @Test
    @DisplayName("Text not yet translated falls back to English, marked lang=en, and is outlined for staff with ?gaps=show")
    void untranslatedTextIsMarked(EmbeddedPortal portal) throws Exception {
        var bengali = org.jsoup.Jsoup.parse(send(portal, "bn/privacy", "bn", null).body());
        var fallback = bengali.selectFirst("main h1 .untranslated");
        assertThat(fallback).isNotNull();
        assertThat(fallback.attr("lang")).isEqualTo("en");
        assertThat(fallback.text()).isEqualTo("Privacy notice");
        assertThat(bengali.select("nav.language-switch .untranslated")).isEmpty();
        assertThat(org.jsoup.Jsoup.parse(send(portal, "bn/", "bn", null).body()).select("main .untranslated"))
                .as("the Bengali home page is fully translated").isEmpty();

        // A date inside an untranslated sentence is in English too, not a Bengali date in an English sentence.
        var list = org.jsoup.Jsoup.parse(send(portal, "bn/consultations", "bn", null).body());
        assertThat(list.select("main .card__meta .untranslated").first().text()).matches("Closes on [A-Z][a-z]+day \\d{1,2} [A-Z][a-z]+ \\d{4}");

        var forStaff = send(portal, "bn/privacy?gaps=show", "bn", null);
        assertThat(htmlClasses(forStaff)).contains("show-gaps");
    }

    private static java.util.Set<String> htmlClasses(HttpResponse<String> response) {
        return org.jsoup.Jsoup.parse(response.body()).selectFirst("html").classNames();
    }

    private HttpResponse<String> send(EmbeddedPortal portal, String path, String acceptLanguage, String cookie) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(portal.baseUrl() + path)).header("Accept-Language", acceptLanguage);
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
