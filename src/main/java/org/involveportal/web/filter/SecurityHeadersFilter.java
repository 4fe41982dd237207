package org.involveportal.web.filter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Security headers on every response: pages, files, redirects and every error page (web.xml maps this
 * filter on requests, forwards and error dispatches). Every page, public or staff, runs only the
 * portal's own script files, so the policy allows those and nothing inline: the same bytes can be
 * served to anyone, with no per-request nonce.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CSP_HEADER = "Content-Security-Policy";

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** HSTS wherever cookies are secure, that is wherever the portal is served over HTTPS (all but the run command). */
    private static final boolean SECURE = ConfigProvider.getConfig()
            .getOptionalValue("portal.secure-cookies", Boolean.class).orElse(true);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(response);
        chain.doFilter(request, response);
    }

    /** The headers every response carries. */
    public static void apply(HttpServletResponse response) {
        response.setHeader(CSP_HEADER, CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (SECURE) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }
}
