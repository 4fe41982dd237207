package org.involveportal.staff;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;

/**
 * What a member of staff's HTTP session holds, and how a signed-in session starts: between the password
 * and the code only "this account's password was right" and since when; while the app is set up its new
 * secret; straight after, the recovery codes to show once; once signed in, the time of signing in, which
 * {@link StaffAreaFilter} reads to end the session after eight hours, and the account and its roles, which
 * {@link StaffAuthentication} checks against the database on every request. Each value is serialisable, as
 * the session may be kept in the data grid to carry on on another instance.
 */
final class StaffSession {

    static final String PENDING_ACCOUNT = "staff.pending.account";
    static final String PENDING_SINCE = "staff.pending.since";
    static final String SETUP_SECRET = "staff.setup.secret";
    static final String RECOVERY_CODES = "staff.recovery.codes";
    static final String SIGNED_IN_AT = "staff.signedInAt";
    /** The signed-in account's id, and the roles it signed in with: see {@link StaffAuthentication}. */
    static final String ACCOUNT = "staff.account";
    static final String ROLES = "staff.roles";

    private StaffSession() {
    }

    /**
     * Hands the container an account whose password and second factor were both checked; on success
     * the session gets a new id (so one fixed before sign-in is worth nothing), its sign-in time and a
     * strict cookie.
     */
    static AuthenticationStatus start(SecurityContext securityContext, HttpServletRequest request,
            HttpServletResponse response, long accountId, Clock clock) {
        var status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams().credential(new StaffSecurity.BothFactorsChecked(accountId)).newAuthentication(true));
        if (status != AuthenticationStatus.SEND_FAILURE) {
            request.changeSessionId();
            var session = request.getSession();
            session.setAttribute(SIGNED_IN_AT, clock.instant());
            session.setAttribute(ACCOUNT, accountId);
            session.setAttribute(ROLES, rolesText(request));
            strictSessionCookie(request, response);
        }
        return status;
    }

    /** The roles as one text (sorted names), to compare with those of a later request. */
    static String rolesText(java.util.Collection<String> roles) {
        return String.join(",", new java.util.TreeSet<>(roles));
    }

    private static String rolesText(HttpServletRequest request) {
        var held = new java.util.TreeSet<String>();
        for (var role : StaffRole.values()) {
            if (request.isUserInRole(role.name())) {
                held.add(role.name());
            }
        }
        return rolesText(held);
    }

    /**
     * A signed-in staff session's cookie is {@code SameSite=Strict}: no other site can start a request
     * that carries it, even a top-level link. Sent after the container's own cookie for the new session
     * id, so browsers keep this one.
     */
    private static void strictSessionCookie(HttpServletRequest request, HttpServletResponse response) {
        var config = request.getServletContext().getSessionCookieConfig();
        var cookie = new Cookie(config.getName(), request.getSession().getId());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(config.isSecure());
        cookie.setAttribute("SameSite", "Strict");
        response.addCookie(cookie);
    }
}
