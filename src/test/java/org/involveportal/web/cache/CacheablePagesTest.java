package org.involveportal.web.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.ReadingMode;
import org.involveportal.i18n.RequestLocale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CacheablePagesTest {

    @Test
    @DisplayName("Only public pages that are the same for every anonymous visitor are kept")
    void onlyPublicPagesAreKept() {
        for (String page : new String[] {"/", "/consultations", "/consultations/carers-short-breaks", "/groups",
                "/groups/carers-forum", "/you-said-we-did", "/glossary", "/accessibility", "/privacy", "/contact", "/action-plans",
                "/action-plans/involvement-strategy-action-plan"}) {
            assertThat(CacheablePages.parametersOf(page)).as(page).isNotNull().contains("read", "print", "gaps");
        }
        for (String page : new String[] {"/consultations/carers-short-breaks/respond", "/respond/abc", "/groups/carers-forum/join",
                "/account", "/account/sign-in", "/another-format", "/staff/consultations", "/test-support/clock",
                "/action-plans/involvement-strategy-action-plan/follow"}) {
            assertThat(CacheablePages.parametersOf(page)).as(page).isNull();
        }
        assertThat(CacheablePages.parametersOf("/groups")).contains("topic", "who", "how", "area");
        assertThat(CacheablePages.parametersOf("/consultations")).contains("topic", "who").doesNotContain("area");
    }

    @Test
    @DisplayName("The key holds language, reading mode, address and the known parameters, sorted; never an unknown one")
    void keyHoldsWhatChangesTheBytes() {
        var parameters = new LinkedHashMap<String, String[]>();
        parameters.put("who", new String[] {"CARERS"});
        parameters.put("utm_source", new String[] {"radio"});
        parameters.put("topic", new String[] {"HOUSING"});
        var known = CacheablePages.knownOf(parameters, CacheablePages.parametersOf("/groups"));
        var welshEasyRead = new RequestLocale(Language.fromTag("cy").orElseThrow(), ReadingMode.STANDARD.withEasyRead(true), "/groups");

        assertThat(CacheablePages.key(welshEasyRead, known)).isEqualTo("cy easy /groups?topic=HOUSING&who=CARERS");
        assertThat(CacheablePages.key(RequestLocale.DEFAULT, Map.of())).isEqualTo("en standard /");
        assertThat(CacheablePages.key(welshEasyRead, known)).isNotEqualTo(CacheablePages.key(
                new RequestLocale(Language.DEFAULT, ReadingMode.STANDARD.withEasyRead(true), "/groups"), known));
    }

    @Test
    @DisplayName("A parameter value no page could read is not kept")
    void oddValuesAreNotKept() {
        assertThat(CacheablePages.key(RequestLocale.DEFAULT, Map.of("topic", new String[] {"<script>"}))).isNull();
        assertThat(CacheablePages.key(RequestLocale.DEFAULT, Map.of("topic", new String[] {"x".repeat(41)}))).isNull();
    }
}
