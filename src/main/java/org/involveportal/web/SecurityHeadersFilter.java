package org.involveportal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Security headers on every response. Public pages run only the portal's own script files, so the
 * policy allows those and nothing inline. PrimeFaces (on staff pages) runs its inline scripts with a
 * nonce ({@code primefaces.CSP}): when it announces its policy, the nonce is added to ours, so there
 * is always exactly one policy and it never allows inline script without that request's nonce.
 */
public class SecurityHeadersFilter extends HttpFilter {

    static final String CSP_HEADER = "Content-Security-Policy";
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");

    static String policy(String nonce) {
        return String.join("; ",
                "default-src 'self'",
                nonce == null ? "script-src 'self'" : "script-src 'self' 'nonce-" + nonce + "'",
                "style-src 'self'",
                "img-src 'self' data:",
                "object-src 'none'",
                "base-uri 'none'",
                "form-action 'self'",
                "frame-ancestors 'none'");
    }

    static final String CONTENT_SECURITY_POLICY = policy(null);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(CSP_HEADER, CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        chain.doFilter(request, new NonceTakingResponse(response));
    }

    /** Turns a policy set further down (PrimeFaces') into ours with its nonce, never a second policy. */
    static final class NonceTakingResponse extends HttpServletResponseWrapper {

        NonceTakingResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP_HEADER.equalsIgnoreCase(name)) {
                takeNonce(value);
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (CSP_HEADER.equalsIgnoreCase(name)) {
                takeNonce(value);
            } else {
                super.setHeader(name, value);
            }
        }

        private void takeNonce(String policy) {
            var nonce = policy == null ? null : NONCE.matcher(policy);
            super.setHeader(CSP_HEADER, policy(nonce != null && nonce.find() ? nonce.group(1) : null));
        }
    }
}
