package org.involveportal.web.cache;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.involveportal.i18n.RequestLocale;
import org.involveportal.platform.TestSupport;

/**
 * Serves public pages to visitors who are not signed in from {@link PageCache}, and answers
 * conditional requests for them with 304. It runs after the language filter has decided the language
 * and reading mode (and set their cookies when they change): a kept page is answered there, before
 * the forward to its view (which costs as much again as sending it); a page not kept yet is rendered on
 * that forward and kept.
 *
 * <p>Parameters a page does not read are left out of the key, so they neither bypass the cache (a kept
 * page answers) nor add to it: a page asked for with them is rendered and sent, not kept, as its links
 * repeat them.
 *
 * <p>Never kept: requests of a signed-in resident or member of staff (any HTTP session, as anonymous
 * visitors get none), other methods than GET (HEAD is answered from a kept page), previews, pages not in
 * {@link CacheablePages}, and answers other than a 200 HTML page that set no cookie, made no session and
 * set no {@code Cache-Control} of their own. Signed-in visitors' pages are {@code no-store}.
 *
 * <p>Pages run only the portal's own script files and no inline script (the security headers' policy has
 * no nonce), so the same bytes are right for every visitor.
 */
public class PageCacheFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** For a council's proxy or CDN: keep a minute, serve stale for 30 s while asking again; browsers revalidate. */
    static final String PUBLIC_PAGE = "public, max-age=0, s-maxage=60, stale-while-revalidate=30";
    static final String TEST_HEADER = "X-Page-Cache";

    /** Tests see whether a page came from the cache. */
    private static final boolean TEST_SUPPORT = TestSupport.enabled();

    @Inject
    private transient PageCache cache;

    @Inject
    private transient Clock clock;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        boolean get = "GET".equals(method);
        if (!(get || "HEAD".equals(method)) || !RequestLocale.isDecided(request)) {
            chain.doFilter(request, response);
            return;
        }
        var locale = RequestLocale.of(request);
        var parameters = CacheablePages.parametersOf(locale.pagePath());
        if (parameters == null) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getSession(false) != null) {
            // a signed-in page: neither kept here nor anywhere between here and the browser
            response.setHeader("Cache-Control", "no-store");
            chain.doFilter(request, response);
            return;
        }
        var known = CacheablePages.knownOf(request.getParameterMap(), parameters);
        String key = request.getParameter("preview") != null ? null : CacheablePages.key(locale, known);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        var kept = cache.find(key);
        if (kept.isPresent()) {
            send(kept.get(), "hit", request, response, locale.pagePath());
            return;
        }
        if (request.getDispatcherType() != DispatcherType.FORWARD) {
            chain.doFilter(request, response); // on to the view: the page is rendered and kept on the forward
            return;
        }

        long generation = cache.generation();
        var renderedAt = clock.instant();
        var captured = new CapturedResponse(response);
        chain.doFilter(request, captured);
        if (captured.passedOn()) {
            return;
        }
        byte[] body = captured.body();
        String contentType = response.getContentType();
        boolean keep = get && response.getStatus() == HttpServletResponse.SC_OK
                && contentType != null && contentType.startsWith("text/html")
                && !captured.setsCookie() && request.getSession(false) == null
                && response.getHeader("Cache-Control") == null
                // pages repeat the request's parameters in their links: only a page asked for with none but
                // those it reads is right for everyone with the same key
                && known.size() == request.getParameterMap().size();
        if (keep) {
            send(cache.store(key, body, contentType, renderedAt, generation), "miss", request, response, locale.pagePath());
        } else {
            if (TEST_SUPPORT) {
                response.setHeader(TEST_HEADER, "not-kept");
            }
            response.setContentLength(body.length);
            writeAtOnce(response, body);
        }
    }

    /** A kept page, or 304 when the browser or proxy has these bytes already. */
    private static void send(CachedPage page, String how, HttpServletRequest request, HttpServletResponse response,
            String pagePath) throws IOException {
        response.setContentType(page.contentType());
        response.setHeader("Cache-Control", PUBLIC_PAGE);
        response.setHeader("ETag", page.etag());
        response.setDateHeader("Last-Modified", page.lastModified());
        response.setHeader("Vary", String.join(", ", CacheablePages.varyHeaders(pagePath)));
        if (TEST_SUPPORT) {
            response.setHeader(TEST_HEADER, how);
        }
        if (notModified(page, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentLength(page.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            writeAtOnce(response, page.body());
        }
    }

    /** Headers and body in one write to the socket, not one per filled buffer. */
    private static void writeAtOnce(HttpServletResponse response, byte[] body) throws IOException {
        if (response.getBufferSize() < body.length + 2048) {
            response.setBufferSize(body.length + 2048);
        }
        response.getOutputStream().write(body);
    }

    /** If-None-Match when sent (it wins, RFC 9110), else If-Modified-Since. */
    static boolean notModified(CachedPage page, HttpServletRequest request) {
        String tags = request.getHeader("If-None-Match");
        if (tags != null) {
            for (String tag : tags.split(",")) {
                String candidate = tag.trim();
                if (candidate.startsWith("W/")) {
                    candidate = candidate.substring(2);
                }
                if (candidate.equals(page.etag()) || candidate.equals("*")) {
                    return true;
                }
            }
            return false;
        }
        try {
            long since = request.getDateHeader("If-Modified-Since");
            return since >= 0 && page.lastModified() <= since;
        } catch (IllegalArgumentException e) {
            return false; // not a date: answer in full
        }
    }
}
