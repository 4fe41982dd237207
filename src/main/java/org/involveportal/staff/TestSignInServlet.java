package org.involveportal.staff;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.involveportal.audit.AuditAction;
import org.involveportal.audit.AuditTrail;
import org.involveportal.platform.TestSupport;

/**
 * Tests only: {@code GET /test-support/staff-sign-in?email=...} signs a staff account in to the
 * caller's session as the sign-in pages do after both factors (same roles, new session id, sign-in
 * time, audited), then redirects to the staff home. Tests that are not about signing in use it rather
 * than waiting for the next 30-second authenticator code. Answers 404 unless {@link TestSupport} is on.
 */
@WebServlet("/test-support/staff-sign-in")
public class TestSignInServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private StaffService staff;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!TestSupport.enabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        String email = request.getParameter("email");
        var account = email == null ? java.util.Optional.<StaffAccount>empty() : staff.findByEmail(email);
        if (account.isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        request.getSession(true);
        var status = StaffSession.start(securityContext, request, response, account.get().getId(), clock);
        if (status != AuthenticationStatus.SUCCESS) {
            if (!response.isCommitted()) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            }
            return;
        }
        audit.record(account.get().getEmail(), AuditAction.SIGN_IN);
        response.sendRedirect(request.getContextPath() + "/staff/");
    }
}
