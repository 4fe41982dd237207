package org.involveportal.i18n;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.MalformedURLException;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.involveportal.platform.RequestPaths;

/**
 * Decides each page request's language and reading mode, then serves the page.
 *
 * <ul>
 *   <li>The language is in the URL: {@code /cy/glossary} is the glossary in Welsh, {@code /glossary}
 *       in English. {@code /en/...} chooses English explicitly and redirects to the plain address.</li>
 *   <li>Choosing a language by URL remembers it in a cookie; the root {@code /} follows the cookie, and
 *       only a first visit to the root (no cookie) looks at {@code Accept-Language}.</li>
 *   <li>The reading mode comes from {@code ?read=easy|standard} and {@code ?print=large|standard} when
 *       given (and is then remembered), else from its cookie.</li>
 *   <li>Pages have addresses without {@code .xhtml}; the filter names the Facelets view, and
 *       {@link PageViewFilter}, last in the chain, forwards to it (a page kept by the page cache is
 *       answered between the two, without a forward).</li>
 * </ul>
 */
public class LanguageFilter extends HttpFilter {

    static final String LANGUAGE_COOKIE = "involve-language";
    static final String MODE_COOKIE = "involve-reading-mode";
    private static final int ONE_YEAR = 365 * 24 * 60 * 60;
    private static final String VIEW_SUFFIX = ".xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!isPage(path)) {
            chain.doFilter(request, response);
            return;
        }
        String firstSegment = path.length() > 1 ? path.substring(1).split("/", 2)[0] : "";
        Optional<Language> prefixed = Language.fromPathSegment(firstSegment);
        String pagePath;
        Language language;
        if (prefixed.isPresent()) {
            language = prefixed.get();
            pagePath = path.substring(1 + firstSegment.length());
            if (pagePath.isEmpty()) {
                response.sendRedirect(RequestPaths.localTarget(request.getContextPath() + path + "/", "/"));
                return;
            }
            if (!RequestPaths.isPublicPagePath(pagePath) && !isBackOffice(language, pagePath)) {
                // A language prefix leads only to public pages and, in a back-office language, to staff pages
                // (their access rules are mapped on both addresses in web.xml); the tests' support, health
                // and the server's own files each have one address, so their access rules always apply.
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            rememberIfChanged(request, response, LANGUAGE_COOKIE, language.tag());
        } else if ("en".equals(firstSegment)) {
            // An explicit choice of English: remember it, then serve the plain English address.
            remember(response, LANGUAGE_COOKIE, Language.DEFAULT.tag());
            String rest = path.substring(3);
            if (!rest.isEmpty() && !RequestPaths.isPublicPagePath(rest)) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND); // as for any other language prefix
                return;
            }
            response.sendRedirect(RequestPaths.localTarget(request.getContextPath() + (rest.isEmpty() ? "/" : rest) + query(request), "/"));
            return;
        } else {
            language = Language.DEFAULT;
            pagePath = path;
            if ("/".equals(path)) {
                var preferred = preferredLanguageAtRoot(request);
                if (preferred.isPresent() && preferred.get() != Language.DEFAULT) {
                    response.setHeader("Vary", "Accept-Language, Cookie");
                    response.sendRedirect(RequestPaths.localTarget(
                            request.getContextPath() + preferred.get().pathPrefix() + "/" + query(request), "/"));
                    return;
                }
            }
        }

        var mode = ReadingMode.fromCookie(cookie(request, MODE_COOKIE).orElse(null));
        String read = request.getParameter(ReadingMode.READ_PARAMETER);
        String print = request.getParameter(ReadingMode.PRINT_PARAMETER);
        if (read != null || print != null) {
            mode = mode.withParameters(read, print);
            rememberIfChanged(request, response, MODE_COOKIE, mode.cookieValue());
        }

        // An address with a name in it has no file of its own: looking for one (two misses of the
        // server's resource lookup, each costlier than serving a cached page) is skipped.
        var route = PageRoute.match(pagePath);
        String view = route.isPresent() ? null : viewFor(pagePath);
        if (prefixed.isPresent() && view != null && !isPublicView(view) && !isBackOffice(language, view)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String canonical = canonicalPagePath(view, pagePath);
        if (route.isPresent()) {
            view = route.get().view();
            canonical = pagePath;
            route.get().storeIn(request);
        }
        new RequestLocale(language, mode, canonical).storeIn(request);
        response.setHeader("Content-Language", language.htmlLang());
        if (view == null && prefixed.isPresent() && isBackOffice(language, pagePath)) {
            view = pagePath; // a staff servlet (an export), reached in the back office's language
        }
        if (view != null && !view.equals(path)) {
            PageViewFilter.forwardLater(request, view);
        }
        chain.doFilter(request, response);
    }

    /** Static files, Faces resources and health checks need no language. */
    private static boolean isPage(String path) {
        return !(path.startsWith("/static/") || path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/health") || path.startsWith("/openapi") || path.startsWith("/metrics")
                || path.startsWith("/webjars/") || path.equals("/favicon.ico"));
    }

    /** A staff page in a language the back office is written in ({@code /cy/staff/...}). */
    private static boolean isBackOffice(Language language, String pagePath) {
        return language.hasBackOffice() && RequestPaths.isBackOfficePath(pagePath);
    }

    /** A view a language prefix may forward to: not the back office's, nor one kept under WEB-INF or META-INF. */
    private static boolean isPublicView(String view) {
        return RequestPaths.isPublicPagePath(view);
    }

    /**
     * The Facelets view serving a page address, or null when there is none (a 404 follows):
     * {@code /glossary} is glossary.xhtml, {@code /consultations} and {@code /consultations/} are
     * consultations/index.xhtml.
     */
    private String viewFor(String pagePath) throws MalformedURLException {
        if (pagePath.endsWith(VIEW_SUFFIX)) {
            return pagePath;
        }
        var candidates = pagePath.endsWith("/")
                ? new String[] {pagePath + "index" + VIEW_SUFFIX}
                : new String[] {pagePath + VIEW_SUFFIX, pagePath + "/index" + VIEW_SUFFIX};
        for (String candidate : candidates) {
            if (getServletContext().getResource(candidate) != null) {
                return candidate;
            }
        }
        return null;
    }

    /** The page's address without language or {@code .xhtml}: {@code /}, {@code /glossary}, {@code /consultations}. */
    static String canonicalPagePath(String view, String pagePath) {
        if (view == null) {
            return pagePath;
        }
        return canonicalOf(view);
    }

    /** {@code /index.xhtml} is {@code /}; {@code /consultations/index.xhtml} is {@code /consultations}. */
    static String canonicalOf(String view) {
        String path = view.endsWith(VIEW_SUFFIX) ? view.substring(0, view.length() - VIEW_SUFFIX.length()) : view;
        if (path.endsWith("/index")) {
            path = path.substring(0, path.length() - "/index".length());
        }
        return path.isEmpty() ? "/" : path;
    }

    /** On the root, a remembered language wins; without one, the browser's preference. */
    private static Optional<Language> preferredLanguageAtRoot(HttpServletRequest request) {
        var remembered = cookie(request, LANGUAGE_COOKIE);
        if (remembered.isPresent()) {
            return Language.fromTag(remembered.get());
        }
        var preferences = request.getLocales();
        while (preferences.hasMoreElements()) {
            var locale = preferences.nextElement();
            var match = Language.all().stream()
                    .filter(language -> language.locale().getLanguage().equals(locale.getLanguage()))
                    .findFirst();
            if (match.isPresent()) {
                return match;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> cookie(HttpServletRequest request, String name) {
        return Optional.ofNullable(request.getCookies()).stream()
                .flatMap(Arrays::stream)
                .filter(cookie -> name.equals(cookie.getName()))
                .map(Cookie::getValue)
                .findFirst();
    }

    /**
     * A cookie is set only when its value changes: a page asked for again in the same language and mode
     * sets none, so a council's proxy or CDN can keep it (most keep nothing that sets a cookie).
     */
    private static void rememberIfChanged(HttpServletRequest request, HttpServletResponse response, String name, String value) {
        if (!cookie(request, name).filter(value::equals).isPresent()) {
            remember(response, name, value);
        }
    }

    private static void remember(HttpServletResponse response, String name, String value) {
        var cookie = new Cookie(name, value);
        cookie.setPath("/");
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(secureCookies());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    private static boolean secureCookies() {
        return ConfigProvider.getConfig().getOptionalValue("portal.secure-cookies", Boolean.class).orElse(true);
    }

    private static String query(HttpServletRequest request) {
        return request.getQueryString() == null ? "" : "?" + request.getQueryString();
    }
}
