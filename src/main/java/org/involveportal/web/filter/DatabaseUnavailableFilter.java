package org.involveportal.web.filter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.involveportal.platform.DatabaseOutageLog;

/**
 * A page that fails because the database is out of reach answers 503 (the service is unavailable, try again
 * shortly) with the portal's error page in the visitor's language, not 500; the log says the cause once a minute
 * ({@link DatabaseOutageLog}) instead of a stack trace per request.
 */
public class DatabaseUnavailableFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String RETRY_AFTER_SECONDS = "30";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!DatabaseOutageLog.isDatabaseUnavailable(failure) || response.isCommitted()) {
                throw failure;
            }
            DatabaseOutageLog.pageFailed(failure);
            response.resetBuffer();
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }
}
