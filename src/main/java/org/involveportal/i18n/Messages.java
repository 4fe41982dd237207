package org.involveportal.i18n;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;

/**
 * The texts of the page being rendered, in the request's language and reading mode:
 * {@code #{msg.text('home.heading')}}, {@code #{msg.format('home.groupsCount', 'count', 3)}}.
 */
@Named("msg")
@RequestScoped
public class Messages {

    @Inject
    private MessageCatalog catalog;

    @Inject
    private HttpServletRequest request;

    private RequestLocale locale;

    @PostConstruct
    void init() {
        locale = RequestLocale.of(request);
    }

    public Language getLanguage() {
        return locale.language();
    }

    public ReadingMode getMode() {
        return locale.mode();
    }

    public boolean isEasyRead() {
        return locale.mode().easyRead();
    }

    /** Classes for {@code <html>}: the reading modes, and "show-gaps" to outline untranslated text. */
    public String htmlClasses(boolean showGaps) {
        return (locale.mode().cssClasses() + (showGaps ? " show-gaps" : "")).trim();
    }

    public String text(String key) {
        return catalog.format(locale.language(), locale.mode().easyRead(), key, Map.of());
    }

    public String format(String key, String name, Object value) {
        return catalog.format(locale.language(), locale.mode().easyRead(), key, arguments(name, value));
    }

    public String format2(String key, String name1, Object value1, String name2, Object value2) {
        var arguments = arguments(name1, value1);
        arguments.putAll(arguments(name2, value2));
        return catalog.format(locale.language(), locale.mode().easyRead(), key, arguments);
    }

    /** A missing value is shown as nothing rather than failing the page. */
    private static Map<String, Object> arguments(String name, Object value) {
        var arguments = new java.util.HashMap<String, Object>();
        arguments.put(String.valueOf(name), value == null ? "" : value);
        return arguments;
    }

    /**
     * The language a key's text will actually be shown in: the reader's, or English where it has not
     * been translated. Dates and numbers put into that text are formatted in the same language, so an
     * English sentence never carries an Urdu date.
     */
    public Language languageOf(String key) {
        var text = catalog.lookup(locale.language(), locale.mode().easyRead(), key);
        return text == null ? Language.DEFAULT : text.language();
    }

    /** False when the text falls back to English, so the page can mark it (lang="en", and for staff). */
    public boolean translated(String key) {
        var text = catalog.lookup(locale.language(), locale.mode().easyRead(), key);
        return text == null || text.language() == locale.language();
    }

    /** A language's name, by its tag, as this page's reader calls it ("Bengali (বাংলা)"). */
    public String languageName(String tag) {
        return Language.fromTag(tag).map(language -> language.nameFor(locale.language())).orElse(tag);
    }

    /** {@code <title>}: the page's name, then the service's. */
    public String title(String pageKey) {
        return format2("layout.title", "page", text(pageKey), "service", text("service.name"));
    }
}
