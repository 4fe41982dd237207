package org.involveportal.i18n;

import jakarta.servlet.ServletRequest;

/**
 * What the language filter decided for a request: the language, the reading mode, and the page's
 * path without the language prefix (e.g. {@code /glossary}), for building links to the same page.
 */
public record RequestLocale(Language language, ReadingMode mode, String pagePath) {

    static final String ATTRIBUTE = RequestLocale.class.getName();

    public static final RequestLocale DEFAULT = new RequestLocale(Language.DEFAULT, ReadingMode.STANDARD, "/");

    public static RequestLocale of(ServletRequest request) {
        var locale = (RequestLocale) request.getAttribute(ATTRIBUTE);
        return locale == null ? DEFAULT : locale;
    }

    /** True once the language filter has decided this request's language and reading mode. */
    public static boolean isDecided(ServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof RequestLocale;
    }

    /** Decides the request's language and mode: the language filter's, or a filter's that answers before it runs. */
    public void storeIn(ServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }
}
