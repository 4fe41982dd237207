package org.involveportal.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.Messages;
import org.involveportal.web.page.Council;

/**
 * The accessibility statement, kept as Markdown in the repository's {@code accessibility/} folder
 * (one per language; a language without one shows the English one) and rendered with raw HTML escaped.
 */
@Named
@RequestScoped
public class AccessibilityStatementPage {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    @Inject
    private Messages messages;

    @Inject
    private Council council;

    private String html;
    private Language statementLanguage;

    /** The statement as HTML, without its first heading (the page's h1 comes from {@link #getHeading()}). */
    public String getHtml() {
        load();
        return html;
    }

    public String getHeading() {
        load();
        return heading;
    }

    /** The statement's language, which differs from the page's where no translation exists. */
    public Language getStatementLanguage() {
        load();
        return statementLanguage;
    }

    private String heading;

    private void load() {
        if (html != null) {
            return;
        }
        statementLanguage = messages.getLanguage();
        String markdown = read(statementLanguage);
        if (markdown == null) {
            statementLanguage = Language.DEFAULT;
            markdown = read(statementLanguage);
        }
        markdown = markdown.replace("{{council}}", council.name(statementLanguage))
                .replace("{{phone}}", council.getPhone())
                .replace("{{email}}", council.getEmail());
        int firstLineEnd = markdown.indexOf('\n');
        heading = markdown.substring(0, firstLineEnd).replaceFirst("^#\\s*", "").trim();
        html = RENDERER.render(PARSER.parse(markdown.substring(firstLineEnd + 1)));
    }

    private static String read(Language language) {
        var resource = "accessibility/statement." + language.tag() + ".md";
        try (var in = AccessibilityStatementPage.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
