package org.involveportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.involveportal.testsupport.XssCorpus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sanitiser against the whole cross-site scripting corpus the browser tests use, one vector at a
 * time: what comes out holds only the allowed elements and attributes, https links, and none of the
 * markers the browser probe looks for. The browser tests save the vectors in groups; this also checks
 * the groups hide no vector.
 */
class RichTextCorpusTest {

    private static final List<String> ALLOWED = List.of("h2", "h3", "h4", "p", "ul", "ol", "li", "strong", "em", "b", "i", "br", "a");
    private static final Pattern MARKER = Pattern.compile("xss|evil\\.example|javascript:|on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    static Stream<String> vectors() {
        return XssCorpus.VECTORS.stream();
    }

    @ParameterizedTest
    @MethodSource("vectors")
    @DisplayName("Every vector of the corpus comes out as allowed markup only, with no script, handler or marked attribute")
    void everyVectorComesOutHarmless(String vector) {
        assertHarmless(RichText.sanitise(vector));
        // and the same inside text the staff wrote around it
        assertHarmless(RichText.sanitise("<p>Before.</p>" + vector + "<p>After.</p>"));
    }

    @Test
    @DisplayName("The groups the browser tests save hold every vector once, and no vector hides the ones after it")
    void groupsHideNothing() {
        var grouped = String.join("", XssCorpus.GROUPED);
        IntStream.rangeClosed(1, XssCorpus.VECTORS.size()).forEach(n -> assertThat(grouped).containsOnlyOnce(XssCorpus.marker(n) + "<"));
        for (String group : XssCorpus.GROUPED) {
            String clean = RichText.sanitise(group);
            assertHarmless(clean);
            var markers = Pattern.compile("\\[v\\d+]").matcher(group).results().map(m -> m.group()).toList();
            assertThat(markers).as("a group of several vectors").hasSizeGreaterThan(1);
            assertThat(group.length()).as("fits an easy-read idea with a short sentence").isLessThanOrEqualTo(XssCorpus.GROUP_MAX);
            var halves = XssCorpus.halves(group);
            assertThat(String.join("", halves)).isEqualTo(group);
            assertThat(halves).as("halves fit alt text").allSatisfy(half -> assertThat(half).isNotEmpty().hasSizeLessThanOrEqualTo(XssCorpus.HALF_MAX));
            assertThat(clean).as("every marker of the group survives: %s", group).contains(markers);
        }
    }

    @ParameterizedTest
    @MethodSource("vectors")
    @DisplayName("The check of pages as served sees every vector written raw into a page, and nothing in its sanitised form")
    void theServedMarkupCheckSeesEveryRawVector(String vector) {
        String page = "<!DOCTYPE html><html lang=\"en\"><head><title>raw</title></head><body><main><p>Before.</p>%s<p>After.</p></main></body></html>";
        assertThat(XssCorpus.findingsInMarkup(page.formatted(vector))).as(vector).isNotEmpty();
        assertThat(XssCorpus.findingsInMarkup(page.formatted(RichText.sanitise(vector)))).as(vector).isEmpty();
    }

    @Test
    @DisplayName("The whole corpus packed into a few fields for one page keeps every vector once, none hidden by another")
    void packedHidesNothing() {
        for (int fields : List.of(6, 8)) {
            var texts = XssCorpus.packed(fields);
            assertThat(texts).hasSize(fields);
            String all = String.join("", texts);
            IntStream.rangeClosed(1, XssCorpus.VECTORS.size()).forEach(n -> assertThat(all).containsOnlyOnce(XssCorpus.marker(n) + "<"));
            for (String text : texts) {
                var markers = Pattern.compile("\\[v\\d+]").matcher(text).results().map(m -> m.group()).toList();
                assertThat(RichText.sanitise(text)).as("every marker survives: %s", text).contains(markers);
            }
        }
    }

    @Test
    @DisplayName("The corpus check can fail: a raw vector is not harmless")
    void theCheckSeesARawVector() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertHarmless("<p><img src=x onerror=\"window.xssRan=1\"></p>"))
                .isInstanceOf(AssertionError.class);
    }

    private static void assertHarmless(String html) {
        var body = Jsoup.parseBodyFragment(html).body();
        for (Element element : body.select("*")) {
            if (element == body) {
                continue;
            }
            assertThat(element.tagName()).as(html).isIn(ALLOWED);
            element.attributes().forEach(attribute -> {
                assertThat(attribute.getKey()).as(html).isIn("href", "rel");
                assertThat(attribute.getValue()).as(html).doesNotContainPattern(MARKER);
            });
            // https, or a link within the portal (no scheme at all)
            assertThat(element.attr("href")).as(html).satisfiesAnyOf(href -> assertThat(href).startsWith("https://"),
                    href -> assertThat(href).doesNotContainPattern("^[A-Za-z][A-Za-z0-9+.-]*:"));
        }
        assertThat(body.select("script, style, iframe, object, svg, math, template, base, form, input")).as(html).isEmpty();
    }
}
