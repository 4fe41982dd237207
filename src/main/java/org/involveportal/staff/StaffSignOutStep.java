package org.involveportal.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import org.involveportal.audit.AuditAction;

/** Signing out, {@code /staff/sign-out}: a post (from the header's button); a plain visit offers the button. */
@Named
@RequestScoped
public class StaffSignOutStep extends StaffSignInStep {

    @Override
    protected void load() {
        // a form and nothing else
    }

    @Override
    protected void post() {
        var request = request();
        String who = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
        try {
            request.logout();
        } catch (ServletException e) {
            // the session is ended below whatever happens
        }
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (who != null) {
            audit().record(who, AuditAction.SIGN_OUT);
        }
        redirectTo("/staff/sign-in?signed-out=true");
    }
}
