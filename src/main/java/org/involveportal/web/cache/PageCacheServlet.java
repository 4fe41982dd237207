package org.involveportal.web.cache;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.involveportal.platform.TestSupport;

/**
 * Tests only: {@code DELETE /test-support/page-cache} forgets every kept page (the shared test portal
 * does it after a test writes to the database by SQL, which the cache cannot see), and {@code GET}
 * says how many are kept. 404 unless {@code portal.test-clock=true}.
 */
@WebServlet("/test-support/page-cache")
public class PageCacheServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient PageCache cache;

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!TestSupport.enabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        cache.clear();
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!TestSupport.enabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(String.valueOf(cache.size()));
    }
}
