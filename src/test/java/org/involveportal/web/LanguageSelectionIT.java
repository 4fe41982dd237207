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
    @DisplayName("Content not written in the reader's language is shown in English, marked lang=en, with a note and a link to ask for it")
    void contentNotInTheReadersLanguage(EmbeddedPortal portal) throws Exception {
        var notInBengali = org.jsoup.Jsoup.parse(send(portal, "bn/consultations/draft-involvement-strategy", "bn", null).body());
        assertThat(notInBengali.selectFirst("html").attr("lang")).isEqualTo("bn");
        assertThat(notInBengali.selectFirst("main h1").attr("lang")).isEqualTo("en-GB");
        var note = notInBengali.selectFirst("#content-language-note");
        assertThat(note).isNotNull();
        assertThat(note.text()).startsWith("আমরা এটি এখনো আপনার ভাষায় লিখিনি");
        String ask = note.selectFirst("a").attr("href");
        assertThat(ask).endsWith("/bn/another-format?about=draft-involvement-strategy&format=ANOTHER_LANGUAGE");

        var request = org.jsoup.Jsoup.parse(send(portal, ask.substring(1), "bn", null).body());
        assertThat(request.selectFirst("input[name=format][value=ANOTHER_LANGUAGE]").hasAttr("checked")).isTrue();
        assertThat(request.selectFirst("input#language").val()).isEqualTo("Bengali (বাংলা)");
        assertThat(request.selectFirst("input[name=about]").val()).isEqualTo("draft-involvement-strategy");

        var inBengali = org.jsoup.Jsoup.parse(send(portal, "bn/consultations/carers-short-breaks", "bn", null).body());
        assertThat(inBengali.selectFirst("main h1").attr("lang")).isEqualTo("bn");
        assertThat(inBengali.selectFirst("main h1").text()).isEqualTo("কেয়ারারদের জন্য স্বল্প বিরতি");
        assertThat(inBengali.select("#content-language-note")).isEmpty();
        assertThat(org.jsoup.Jsoup.parse(send(portal, "consultations/draft-involvement-strategy", "en", null).body())
                .select("#content-language-note")).as("English readers read the original").isEmpty();

        var list = org.jsoup.Jsoup.parse(send(portal, "ur/consultations", "ur", null).body());
        assertThat(list.select("main .card h3").eachAttr("lang")).contains("ur", "en-GB");

        var forStaff = send(portal, "bn/privacy?gaps=show", "bn", null);
        assertThat(htmlClasses(forStaff)).contains("show-gaps");
    }

    @Test
    @DisplayName("Where the content is written in Bengali, Urdu or Arabic, under 5% of what the page shows is English")
    void littleEnglishWhereTheContentIsWritten(EmbeddedPortal portal) throws Exception {
        for (String language : java.util.List.of("bn", "ur", "ar")) {
            for (String page : java.util.List.of("consultations/carers-short-breaks", "consultations/carers-short-breaks/respond")) {
                var body = org.jsoup.Jsoup.parse(send(portal, language + "/" + page, language, null).body()).body();
                body.select("nav.language-switch, script").remove(); // each language's own name is in that language
                int all = body.text().replaceAll("\\s", "").length();
                int english = body.select("[lang^=en]").stream()
                        .mapToInt(element -> element.text().replaceAll("\\s", "").length()).sum();
                double share = 100.0 * english / all;
                System.out.printf("English on /%s/%s: %.1f%% of %d characters%n", language, page, share, all);
                assertThat(share).as("/%s/%s", language, page).isLessThan(5.0);
            }
        }
    }

    @Test
    @DisplayName("Values from lists (topics, who a group is for, support, how a meeting is held) are never left in English")
    void listValuesInTheReadersLanguage(EmbeddedPortal portal) throws Exception {
        var english = new java.util.Properties();
        try (var in = java.nio.file.Files.newBufferedReader(java.nio.file.Path.of("translations/messages_en.properties"))) {
            english.load(in);
        }
        var values = new java.util.TreeMap<String, String>(); // English value -> key
        for (String key : english.stringPropertyNames()) {
            if (key.matches("(topic|clientGroup|support|meetingMode|answeringAs)\\.[A-Z_]+")) {
                values.put(english.getProperty(key), key);
                values.put(key.substring(key.indexOf('.') + 1), key + " (as its code)");
            }
        }
        assertThat(values).hasSizeGreaterThan(40);
        var leftInEnglish = new java.util.ArrayList<String>();
        int checked = 0;
        for (String language : java.util.List.of("bn", "ur", "ar")) {
            for (String page : java.util.List.of("consultations", "groups", "groups/power-and-control", "groups/mobility-forum",
                    "consultations/carers-short-breaks")) {
                var main = org.jsoup.Jsoup.parse(send(portal, language + "/" + page, language, null).body()).selectFirst("main");
                main.select("[lang^=en]").remove(); // content not yet written in this language, marked as English
                for (var element : main.getAllElements()) {
                    String text = element.ownText().trim();
                    checked++;
                    if (values.containsKey(text)) {
                        leftInEnglish.add("/" + language + "/" + page + ": \"" + text + "\" (" + values.get(text) + ")");
                    }
                }
                for (var option : main.select("option")) {
                    checked++;
                    if (values.containsKey(option.text().trim())) {
                        leftInEnglish.add("/" + language + "/" + page + ": option \"" + option.text().trim() + "\"");
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(500);
        assertThat(leftInEnglish).as("list values shown in English").isEmpty();
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
