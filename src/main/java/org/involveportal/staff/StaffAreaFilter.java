package org.involveportal.staff;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Around every staff page: nothing is cached (the back button after signing out shows nothing
 * private), and a signed-in session ends after eight hours whatever the activity (the idle timeout
 * of 30 minutes is the container's, in web.xml).
 */
public class StaffAreaFilter extends HttpFilter {

    static final Duration ABSOLUTE_TIMEOUT = Duration.ofHours(8);

    @Inject
    private Clock clock;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
        var session = request.getSession(false);
        if (session != null && request.getUserPrincipal() != null) {
            var signedInAt = (Instant) session.getAttribute(StaffSignInPage.SIGNED_IN_AT);
            if (signedInAt != null && signedInAt.plus(ABSOLUTE_TIMEOUT).isBefore(clock.instant())) {
                request.logout();
                session.invalidate();
                response.sendRedirect(request.getContextPath() + "/staff/sign-in");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
