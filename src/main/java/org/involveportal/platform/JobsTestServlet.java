package org.involveportal.platform;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Tests run a scheduled job now, on this instance, as its timer would (only if this instance gets the job's
 * lease): {@code POST /test-support/jobs?name=meeting-reminders} answers {@code ran} or
 * {@code not-here held-by=HOLDER until=INSTANT}; {@code GET /test-support/jobs?name=...} answers who holds the
 * lease ({@code held-by=... until=...}, or {@code none}), and {@code GET /test-support/jobs} this instance's own
 * holder name. Answers 404 unless {@code portal.test-clock=true}, which only the integration tests set.
 */
@WebServlet("/test-support/jobs")
public class JobsTestServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Event<JobDue> due;

    @Inject
    private transient JobLease leases;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!TestSupport.enabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String name = String.valueOf(request.getParameter("name"));
        var event = new JobDue(name);
        due.fire(event);
        if (event.ran() == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(event.ran() ? "ran" : "not-here " + holding(name));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!TestSupport.enabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String name = request.getParameter("name");
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(name == null ? Jobs.HOLDER : holding(name));
    }

    private String holding(String name) {
        return leases.holding(name).map(held -> "held-by=" + held.holder() + " until=" + held.expiresAt()).orElse("none");
    }
}
