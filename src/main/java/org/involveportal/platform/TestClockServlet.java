package org.involveportal.platform;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/**
 * Tests move the portal's clock with {@code PUT /test-support/clock?offset=PT13W}. Answers 404 unless
 * {@code portal.test-clock=true}, which only the integration tests set. Moving it fires {@link ClockMoved},
 * so what was worked out from the old time (rendered pages) is thrown away.
 */
@WebServlet("/test-support/clock")
public class TestClockServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Event<ClockMoved> clockMoved;

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (!enabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            AdjustableClock.INSTANCE.setOffset(Duration.parse(request.getParameter("offset")));
        } catch (RuntimeException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        clockMoved.fire(new ClockMoved(AdjustableClock.INSTANCE.offset()));
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(AdjustableClock.INSTANCE.instant().toString());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!enabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(AdjustableClock.INSTANCE.instant().toString());
    }

    private static boolean enabled() {
        return TestSupport.enabled();
    }
}
