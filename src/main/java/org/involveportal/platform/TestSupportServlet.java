package org.involveportal.platform;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.management.ManagementFactory;

/**
 * What the integration tests read from the running server, and a page that fails on purpose so they
 * can see the portal's answer to a fault. Like the tests' clock, it answers 404 unless
 * {@code portal.test-clock=true}, which only the integration tests set.
 * <ul>
 *   <li>{@code GET /test-support/status}: sessions made so far and the heap in use after a full GC.</li>
 *   <li>{@code GET /test-support/fault}: throws, so the response is the portal's 500 page.</li>
 *   <li>{@code GET /test-support/statements?request=NAME}: the SQL statements a request named so ran
 *   ({@link StatementCounting}).</li>
 * </ul>
 */
@WebServlet({"/test-support/status", "/test-support/fault", "/test-support/statements"})
public class TestSupportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!TestSupport.enabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (request.getServletPath().endsWith("/fault")) {
            throw new IllegalStateException("A fault made on purpose by the tests");
        }
        if (request.getServletPath().endsWith("/statements")) {
            Integer count;
            try {
                count = StatementCounting.countOf(String.valueOf(request.getParameter("request")));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                count = null;
            }
            if (count == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(String.valueOf(count));
            return;
        }
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"sessionsCreated\":" + SessionCount.created()
                + ",\"heapUsedAfterGc\":" + heapUsedAfterGc() + "}");
    }

    /** Bytes of heap in use once the garbage collector has run, so growth means something is kept. */
    private static long heapUsedAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            memory.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
