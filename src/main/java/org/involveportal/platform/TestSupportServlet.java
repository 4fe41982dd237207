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
 * </ul>
 */
@WebServlet({"/test-support/status", "/test-support/fault"})
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
