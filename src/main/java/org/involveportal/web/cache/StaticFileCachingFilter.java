package org.involveportal.web.cache;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * How long browsers and proxies keep static files: a year, never asking again, at the fingerprinted
 * address of the file as it is now ({@link StaticFiles}); five minutes at any other address (the
 * files CSS refers to, an old fingerprint, a link without one).
 */
public class StaticFileCachingFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String FINGERPRINTED = "public, max-age=31536000, immutable";
    static final String UNVERSIONED = "public, max-age=300";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        var version = StaticFiles.versionOf(getServletContext(), path);
        if (version.isPresent()) {
            boolean current = version.get().equals(request.getParameter(StaticFiles.VERSION_PARAMETER));
            response.setHeader("Cache-Control", current ? FINGERPRINTED : UNVERSIONED);
        }
        chain.doFilter(request, response);
    }
}
