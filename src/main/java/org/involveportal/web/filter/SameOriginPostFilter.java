package org.involveportal.web.filter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;

/**
 * Cross-site request forgery protection for forms that keep no server state: a POST must come from
 * a page of the portal itself, as the browser's Origin (or, failing that, Referer) header says.
 */
public class SameOriginPostFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && !fromThisSite(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean fromThisSite(HttpServletRequest request) {
        String source = request.getHeader("Origin");
        if (source == null || "null".equals(source)) {
            source = request.getHeader("Referer");
        }
        String host = request.getHeader("Host");
        if (source == null || host == null) {
            return false;
        }
        try {
            var uri = URI.create(source);
            String authority = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host.equalsIgnoreCase(authority);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
