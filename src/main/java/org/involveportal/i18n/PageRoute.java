package org.involveportal.i18n;

import jakarta.servlet.ServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Page addresses with a name in them, such as {@code /consultations/draft-involvement-strategy},
 * and the Facelets view that serves each (kept under WEB-INF, so it has no address of its own). The
 * name reaches the page bean through {@link #parameter(ServletRequest)}.
 */
public record PageRoute(String view, String parameter) {

    static final String PARAMETER_ATTRIBUTE = PageRoute.class.getName() + ".parameter";

    private record Rule(Pattern path, String view) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("/consultations/([a-z0-9][a-z0-9-]{0,119})"), "/WEB-INF/views/consultations/consultation.xhtml"));

    static Optional<PageRoute> match(String pagePath) {
        for (Rule rule : RULES) {
            var matcher = rule.path().matcher(pagePath);
            if (matcher.matches()) {
                return Optional.of(new PageRoute(rule.view(), matcher.group(1)));
            }
        }
        return Optional.empty();
    }

    /** The name from the address, e.g. a consultation's slug; null on other pages. */
    public static String parameter(ServletRequest request) {
        return (String) request.getAttribute(PARAMETER_ATTRIBUTE);
    }
}
