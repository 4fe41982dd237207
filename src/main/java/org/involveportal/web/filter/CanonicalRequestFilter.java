package org.involveportal.web.filter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.involveportal.platform.RequestPaths;

/**
 * The first look at every request, before anything routes on it: a path that is not the one spelling
 * of an address is refused (400 or 404, see {@link RequestPaths#check}), and pages answer only the
 * methods a browser uses on them (GET, HEAD, POST); anything else is 405. The tests' clock is the one
 * address that takes PUT, and it answers 404 outside the tests.
 */
public class CanonicalRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final Set<String> PAGE_METHODS = Set.of("GET", "HEAD", "POST");
    static final String ALLOWED = "GET, HEAD, POST";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        switch (RequestPaths.check(path)) {
            case BAD_REQUEST -> {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            case NOT_FOUND -> {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            case CANONICAL -> {
                // routed below
            }
        }
        if (!PAGE_METHODS.contains(request.getMethod()) && !path.startsWith("/test-support/")) {
            response.setHeader("Allow", ALLOWED);
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        chain.doFilter(request, response);
    }
}
