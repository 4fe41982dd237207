package org.involveportal.training;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.involveportal.platform.TestSupport;

/**
 * For the integration tests only ({@code portal.test-clock=true}, else 404): {@code GET
 * /test-support/training-completions?from=INSTANT&to=INSTANT} answers {@link TrainingService#completionsBetween} as
 * lines of course id, English title and count, tab-separated, so the count the annual report reads is checked against
 * the database.
 */
@WebServlet("/test-support/training-completions")
public class TrainingCompletionsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient TrainingService training;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!TestSupport.enabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Instant from;
        Instant to;
        try {
            from = Instant.parse(String.valueOf(request.getParameter("from")));
            to = Instant.parse(String.valueOf(request.getParameter("to")));
        } catch (DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        var out = new StringBuilder();
        for (var line : training.completionsBetween(from, to)) {
            out.append(line.courseId()).append('\t').append(line.title()).append('\t').append(line.count()).append('\n');
        }
        response.getWriter().write(out.toString());
    }
}
