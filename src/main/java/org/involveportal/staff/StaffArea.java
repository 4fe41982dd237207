package org.involveportal.staff;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/** Who is signed in to the back office and what they may do, for the staff pages' template and menus. */
@Named
@RequestScoped
public class StaffArea {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private HttpServletRequest request;

    private List<String> recoveryCodes = List.of();

    @PostConstruct
    @SuppressWarnings("unchecked")
    void init() {
        // recovery codes are shown once, straight after setting up the app, then forgotten
        var session = request.getSession(false);
        if (session != null && session.getAttribute(StaffSession.RECOVERY_CODES) != null
                && request.getRequestURI().endsWith("/staff/recovery-codes")) {
            recoveryCodes = (List<String>) session.getAttribute(StaffSession.RECOVERY_CODES);
            session.removeAttribute(StaffSession.RECOVERY_CODES);
        }
    }

    public boolean isSignedIn() {
        return caller() != null;
    }

    public String getEmail() {
        return isSignedIn() ? caller().getName() : null;
    }

    /** Who is signed in; on an error page (a dispatch the security context may not follow) the request still knows. */
    private java.security.Principal caller() {
        var caller = securityContext.getCallerPrincipal();
        return caller != null ? caller : request.getUserPrincipal();
    }

    public boolean can(String role) {
        return securityContext.isCallerInRole(role);
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }
}
