package org.involveportal.digest;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.involveportal.platform.TestSupport;

/**
 * Tests run the digest job now with {@code POST /test-support/digests}, answered with what it did
 * ({@code emailed=1 posted=0 failed=0}). Answers 404 unless {@code portal.test-clock=true}, which only the
 * integration tests set.
 */
@WebServlet("/test-support/digests")
public class DigestTestServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private DigestJob job;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!TestSupport.enabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var run = job.run();
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("emailed=" + run.emailed() + " posted=" + run.posted() + " failed=" + run.failed());
    }
}
