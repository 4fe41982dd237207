package org.involveportal.platform;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one allow-list for staff rich text (proposals, feedback, group pages, minutes): headings,
 * paragraphs, lists, emphasis and https links. Everything else is dropped on save; links open in
 * the same tab and tell the browser not to pass on where the reader came from.
 */
public final class RichText {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("h2", "h3", "h4", "p", "ul", "ol", "li", "strong", "em", "b", "i", "br", "a")
            .allowUrlProtocols("https")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    private RichText() {
    }

    /** Safe HTML for the page; null stays null. */
    public static String sanitise(String html) {
        return html == null ? null : POLICY.sanitize(html);
    }
}
