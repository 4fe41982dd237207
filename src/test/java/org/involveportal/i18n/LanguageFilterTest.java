package org.involveportal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LanguageFilterTest {

    @Test
    @DisplayName("A page's address is its view without .xhtml, with folder index pages named by their folder")
    void canonicalAddresses() {
        assertThat(LanguageFilter.canonicalOf("/index.xhtml")).isEqualTo("/");
        assertThat(LanguageFilter.canonicalOf("/glossary.xhtml")).isEqualTo("/glossary");
        assertThat(LanguageFilter.canonicalOf("/consultations.xhtml")).isEqualTo("/consultations");
        assertThat(LanguageFilter.canonicalOf("/groups/index.xhtml")).isEqualTo("/groups");
        assertThat(LanguageFilter.canonicalPagePath(null, "/no-such-page")).isEqualTo("/no-such-page");
    }

    @Test
    @DisplayName("Only a consultation's own address routes to the consultation page, and only a well-formed token to a response step")
    void routes() {
        assertThat(PageRoute.match("/consultations/draft-involvement-strategy"))
                .contains(new PageRoute("/WEB-INF/views/consultations/consultation.xhtml", List.of("draft-involvement-strategy")));
        assertThat(PageRoute.match("/consultations/")).isEmpty();
        assertThat(PageRoute.match("/consultations/Bad_Slug")).isEmpty();
        assertThat(PageRoute.match("/consultations/a/b")).isEmpty();

        String token = "a".repeat(42) + "_";
        assertThat(PageRoute.match("/consultations/draft-involvement-strategy/respond"))
                .contains(new PageRoute("/WEB-INF/views/respond/start.xhtml", List.of("draft-involvement-strategy")));
        assertThat(PageRoute.match("/respond/" + token + "/questions/2"))
                .contains(new PageRoute("/WEB-INF/views/respond/questions.xhtml", List.of(token, "2")));
        assertThat(PageRoute.match("/respond/" + token + "/questions/0")).isEmpty();
        assertThat(PageRoute.match("/respond/" + token.substring(1) + "/check")).isEmpty();
        assertThat(PageRoute.match("/respond/" + token + "/check/../sent")).isEmpty();
    }

    @Test
    @DisplayName("Reading modes round-trip through their cookie and combine with URL parameters")
    void readingModes() {
        assertThat(ReadingMode.fromCookie("easy.large")).isEqualTo(new ReadingMode(true, true));
        assertThat(ReadingMode.fromCookie(new ReadingMode(false, true).cookieValue())).isEqualTo(new ReadingMode(false, true));
        assertThat(ReadingMode.STANDARD.cookieValue()).isEqualTo("standard");
        assertThat(new ReadingMode(true, true).withParameters(null, "standard")).isEqualTo(new ReadingMode(true, false));
        assertThat(ReadingMode.STANDARD.withParameters("easy", null)).isEqualTo(new ReadingMode(true, false));
    }
}
