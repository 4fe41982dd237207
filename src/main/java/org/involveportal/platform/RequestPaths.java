package org.involveportal.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;

/**
 * One address, one page. Every request path is checked here before anything routes on it, so that
 * no second spelling of an address ({@code //}, {@code /./}, {@code %2F}, {@code ;x=1}, {@code \}, a
 * change of case) can reach a page by a way round its access rules; and every redirect the portal
 * makes from request data goes through {@link #localTarget}, so it never leaves the portal.
 */
public final class RequestPaths {

    /** What to answer a request path with. */
    public enum Verdict {
        /** The one spelling of an address: route it. */
        CANONICAL,
        /** Characters no address of the portal has (encoded, control, backslash): 400. */
        BAD_REQUEST,
        /** Another spelling of an address (empty or dot segments, path parameters, case): 404. */
        NOT_FOUND
    }

    /**
     * The parts of the portal that are not pages, by the lower-case first segment of their address,
     * each with its one spelling. A language prefix never leads to any of them, and no other
     * spelling of them is served.
     */
    private static final Map<String, String> AREAS = Map.ofEntries(
            Map.entry("staff", "staff"),
            Map.entry("test-support", "test-support"),
            Map.entry("web-inf", "WEB-INF"),
            Map.entry("meta-inf", "META-INF"),
            Map.entry("health", "health"),
            Map.entry("metrics", "metrics"),
            Map.entry("openapi", "openapi"),
            Map.entry("static", "static"),
            Map.entry("jakarta.faces.resource", "jakarta.faces.resource"),
            Map.entry("javax.faces.resource", "javax.faces.resource"),
            Map.entry("resources", "resources"),
            Map.entry("webjars", "webjars"),
            Map.entry("calendar", "calendar"));

    /** The public calendar's page, whose address is also the first segment of the meetings' calendar files. */
    private static final String CALENDAR_PAGE = "/calendar";

    private RequestPaths() {
    }

    /** Checks a raw request path (as sent, before any decoding, without the query). */
    public static Verdict check(String rawPath) {
        if (rawPath == null || rawPath.isEmpty() || rawPath.charAt(0) != '/') {
            return Verdict.BAD_REQUEST;
        }
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            // No address of the portal has an encoded character, a backslash, or anything outside printable ASCII.
            if (c < 0x21 || c > 0x7e || c == '\\' || c == '%') {
                return Verdict.BAD_REQUEST;
            }
        }
        if (rawPath.indexOf(';') >= 0) {
            return Verdict.NOT_FOUND;
        }
        String[] segments = rawPath.split("/", -1);
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if ((segment.isEmpty() && !last) || segment.equals(".") || segment.equals("..")) {
                return Verdict.NOT_FOUND;
            }
        }
        String first = segments.length > 1 ? segments[1] : "";
        String area = AREAS.get(first.toLowerCase(Locale.ROOT));
        if (area != null && !area.equals(first)) {
            return Verdict.NOT_FOUND;
        }
        return Verdict.CANONICAL;
    }

    /**
     * True when a page path (what follows a language prefix) could be a public page: its first segment
     * names none of the portal's other areas, in any case.
     */
    public static boolean isPublicPagePath(String pagePath) {
        if (pagePath == null || pagePath.isEmpty() || pagePath.charAt(0) != '/') {
            return false;
        }
        if (CALENDAR_PAGE.equals(pagePath)) {
            return true; // the public calendar itself; the meetings' files under it are not pages
        }
        int end = pagePath.indexOf('/', 1);
        String first = end < 0 ? pagePath.substring(1) : pagePath.substring(1, end);
        return !AREAS.containsKey(first.toLowerCase(Locale.ROOT));
    }

    /** True when a page path (what follows a language prefix) is the back office: {@code /staff} or under it. */
    public static boolean isBackOfficePath(String pagePath) {
        return "/staff".equals(pagePath) || pagePath != null && pagePath.startsWith("/staff/");
    }

    /**
     * The target of a redirect when it is an address on this portal (a path starting with one slash,
     * with an optional query), else {@code fallback}: never {@code //host}, {@code /\host}, a scheme,
     * or a line break that would split the response.
     */
    public static String localTarget(String candidate, String fallback) {
        return isLocal(candidate) ? candidate : fallback;
    }

    /** True for an address on this portal: one leading slash, no host, no scheme, nothing hidden. */
    public static boolean isLocal(String candidate) {
        if (candidate == null || candidate.length() > 2000 || !candidate.startsWith("/")
                || candidate.startsWith("//")) {
            return false;
        }
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c < 0x21 || c > 0x7e || c == '\\') {
                return false;
            }
        }
        try {
            var uri = new URI(candidate);
            return uri.getScheme() == null && uri.getRawAuthority() == null && uri.getRawPath() != null
                    && uri.getRawPath().startsWith("/") && !uri.getRawPath().startsWith("//");
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
