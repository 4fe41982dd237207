package org.involveportal.staff;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.ReadingMode;
import org.involveportal.i18n.RequestLocale;

/**
 * Around every staff page, on every request, forward and include (web.xml), whatever the method:
 * <ul>
 *   <li>the role check of {@link StaffPageAccess}, so a page is never reached by a dispatch that skips
 *       the container's constraints: not signed in, a forward or include answers 404 and a request is
 *       sent to sign in; signed in without the role, 403 with a page naming the role needed;</li>
 *   <li>nothing is cached (the back button after signing out shows nothing private);</li>
 *   <li>a signed-in session ends after eight hours whatever the activity (the idle timeout of 30
 *       minutes is the container's, in web.xml).</li>
 * </ul>
 */
public class StaffAreaFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final Duration ABSOLUTE_TIMEOUT = Duration.ofHours(8);

    @Inject
    private Clock clock;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
        String path = dispatchedPath(request);
        String signIn = request.getContextPath() + StaffPageAccess.languagePrefix(path) + StaffAuthentication.SIGN_IN;
        var session = request.getSession(false);
        if (session != null && request.getUserPrincipal() != null) {
            var signedInAt = (Instant) session.getAttribute(StaffSession.SIGNED_IN_AT);
            if (signedInAt != null && signedInAt.plus(ABSOLUTE_TIMEOUT).isBefore(clock.instant())) {
                request.logout();
                session.invalidate();
                response.sendRedirect(signIn);
                return;
            }
        }
        String name = StaffPageAccess.pageName(path);
        if (!StaffPageAccess.isSignInPage(name)) {
            var roles = StaffPageAccess.rolesFor(name);
            if (roles.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            if (request.getUserPrincipal() == null) {
                if (request.getDispatcherType() == DispatcherType.REQUEST) {
                    response.sendRedirect(signIn);
                } else {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                }
                return;
            }
            if (roles.get().stream().noneMatch(role -> request.isUserInRole(role.name()))) {
                // the error page tells a signed-in member of staff which role the page needs
                request.setAttribute(StaffRoleNeeded.REFUSAL, new StaffRoleNeeded.Refusal(roles.get(), heldBy(request)));
                if (!RequestLocale.isDecided(request)) {
                    // refused before the language filter ran: the page is told in the address's language
                    String prefix = StaffPageAccess.languagePrefix(path);
                    var language = Language.fromPathSegment(prefix.replace("/", "")).orElse(Language.DEFAULT);
                    new RequestLocale(language, ReadingMode.STANDARD, path.substring(prefix.length())).storeIn(request);
                }
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The roles of the member of staff making the request (read here: an error dispatch may not answer them). */
    private static java.util.Set<StaffRole> heldBy(HttpServletRequest request) {
        var held = java.util.EnumSet.noneOf(StaffRole.class);
        for (var role : StaffRole.values()) {
            if (request.isUserInRole(role.name())) {
                held.add(role);
            }
        }
        return held;
    }

    /** The path being served by this dispatch, without the context path: an include's own, not the page's. */
    static String dispatchedPath(HttpServletRequest request) {
        if (request.getDispatcherType() == DispatcherType.INCLUDE) {
            var included = (String) request.getAttribute(RequestDispatcher.INCLUDE_REQUEST_URI);
            if (included != null) {
                return included.substring(request.getContextPath().length());
            }
        }
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
