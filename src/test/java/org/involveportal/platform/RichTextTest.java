package org.involveportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RichTextTest {

    @Test
    @DisplayName("Headings, paragraphs, lists, emphasis and https links survive")
    void keepsAllowedMarkup() {
        String html = "<h2>Plan</h2><p>We <strong>will</strong> <em>listen</em>.</p><ul><li>One</li></ul>"
                + "<p><a href=\"https://example.gov.uk/plan\">The plan</a></p>";

        assertThat(RichText.sanitise(html)).isEqualTo("<h2>Plan</h2><p>We <strong>will</strong> <em>listen</em>.</p>"
                + "<ul><li>One</li></ul><p><a href=\"https://example.gov.uk/plan\" rel=\"noopener noreferrer\">The plan</a></p>");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"http://example.org\" onclick=\"alert(1)\">x</a>",
        "<noscript><style></noscript><img src=x onerror=alert(1)>",
        "<select><option><style></option></select><img src=x onerror=alert(1)></style>",
        "<svg><script>alert(1)</script></svg>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<p style=\"background:url(javascript:alert(1))\">x</p>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"
    })
    @DisplayName("Cross-site scripting vectors come out harmless")
    void dropsScript(String attack) {
        var body = org.jsoup.Jsoup.parseBodyFragment(RichText.sanitise(attack)).body();

        for (var element : body.select("*")) {
            if (element == body) {
                continue;
            }
            assertThat(element.tagName()).isIn("h2", "h3", "h4", "p", "ul", "ol", "li", "strong", "em", "b", "i", "br", "a");
            element.attributes().forEach(attribute -> assertThat(attribute.getKey()).isIn("href", "rel"));
            assertThat(element.attr("href")).satisfiesAnyOf(href -> assertThat(href).isEmpty(),
                    href -> assertThat(href).startsWith("https://"));
        }
    }
}
