package org.involveportal.web.page;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.ReadingMode;
import org.involveportal.i18n.RequestLocale;
import org.involveportal.web.cache.StaticFiles;

/**
 * Links on the page being rendered: to other pages in the same language, to this page in every
 * other language, and to this page with a reading mode switched on or off. {@code #{links.href('/glossary')}}.
 */
@Named("links")
@RequestScoped
public class PageLinks {

    @Inject
    private HttpServletRequest request;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    private RequestLocale locale;

    @PostConstruct
    void init() {
        locale = RequestLocale.of(request);
    }

    /** A page of the portal in the current language, e.g. {@code href('/glossary')}. */
    public String href(String pagePath) {
        return request.getContextPath() + locale.language().pathPrefix() + pagePath;
    }

    /** The full address of a page in the current language, for emails, e.g. a "come back later" link. */
    public String absolute(String pagePath) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + href(pagePath);
    }

    /** The back office's address in the current language when it has one ({@code /cy/staff}), else {@code /staff}. */
    public String getStaff() {
        var language = locale.language();
        return request.getContextPath() + (language.hasBackOffice() ? language.pathPrefix() : "") + "/staff";
    }

    /** This staff page in each language the back office is written in; English at its plain address. */
    public List<LanguageLink> getBackOfficeLanguages() {
        return Language.all().stream()
                .filter(Language::hasBackOffice)
                .map(language -> new LanguageLink(language,
                        request.getContextPath() + language.pathPrefix() + locale.pagePath() + otherParameters(),
                        language == locale.language()))
                .toList();
    }

    /** A picture for easy read, by name (see static/pictures/README.md). */
    public String picture(String name) {
        return file("/static/pictures/" + name + ".svg");
    }

    public String stylesheet() {
        return file("/static/css/portal.css");
    }

    /**
     * A file under {@code /static/} at its fingerprinted address, which browsers keep for a year, e.g.
     * {@code file('/static/img/favicon.svg')}; another path of the portal as it is, an https address as given.
     */
    public String file(String path) {
        if (path.startsWith("/static/")) {
            return StaticFiles.versioned(request.getServletContext(), path);
        }
        return path.startsWith("/") ? request.getContextPath() + path : path;
    }

    /** One entry of the language switch. */
    public record LanguageLink(Language language, String href, boolean current) {
        public String name() {
            return language.autonym();
        }
    }

    /** This page in every language. English goes through {@code /en/}, which remembers the choice. */
    public List<LanguageLink> getLanguages() {
        return Language.all().stream()
                .map(language -> new LanguageLink(language,
                        request.getContextPath() + (language == Language.DEFAULT ? "/en" : language.pathPrefix())
                                + locale.pagePath() + otherParameters(),
                        language == locale.language()))
                .toList();
    }

    /** Absolute addresses of this page in every language, for {@code <link rel="alternate" hreflang>}. */
    public List<LanguageLink> getAlternates() {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return Language.all().stream()
                .map(language -> new LanguageLink(language,
                        base + request.getContextPath() + language.pathPrefix() + locale.pagePath(),
                        language == locale.language()))
                .toList();
    }

    public String getEasyReadToggle() {
        return withMode(locale.mode().withEasyRead(!locale.mode().easyRead()));
    }

    public String getLargePrintToggle() {
        return withMode(locale.mode().withLargePrint(!locale.mode().largePrint()));
    }

    /** This page, in this language, shown in the given reading mode. */
    private String withMode(ReadingMode mode) {
        String parameters = otherParameters();
        return request.getContextPath() + locale.language().pathPrefix() + locale.pagePath()
                + (parameters.isEmpty() ? "?" : parameters + "&")
                + ReadingMode.READ_PARAMETER + "=" + (mode.easyRead() ? "easy" : "standard") + "&"
                + ReadingMode.PRINT_PARAMETER + "=" + (mode.largePrint() ? "large" : "standard");
    }

    /** The request's own parameters (filters, say), minus the reading-mode ones, as a query string. */
    private String otherParameters() {
        if (!"GET".equals(request.getMethod())) {
            return "";
        }
        String query = request.getParameterMap().entrySet().stream()
                .filter(entry -> !entry.getKey().equals(ReadingMode.READ_PARAMETER)
                        && !entry.getKey().equals(ReadingMode.PRINT_PARAMETER))
                .flatMap(entry -> java.util.Arrays.stream(entry.getValue())
                        .map(value -> encode(entry.getKey()) + "=" + encode(value)))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "" : "?" + query;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
