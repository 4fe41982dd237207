package org.involveportal.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.involveportal.audit.AuditAction;

/** The first step of signing in, {@code /staff/sign-in}: email and password. */
@Named
@RequestScoped
public class StaffPasswordStep extends StaffSignInStep {

    @Override
    protected void load() {
        // a form and nothing else
    }

    @Override
    protected void post() {
        String email = parameter("email");
        String password = parameter("password");
        setEmail(email);
        if (email == null || email.isBlank() || password == null || password.isEmpty()) {
            setError("staff.signIn.error.missing");
            return;
        }
        if (refusedForNow(email)) {
            return;
        }
        var account = staff().checkPassword(email, password);
        if (account.isEmpty()) {
            audit().record(StaffAccount.normalisedEmail(email), AuditAction.SIGN_IN_FAILED, null, null, "password");
            setError("staff.signIn.error.wrong");
            return;
        }
        var session = request().getSession(true);
        request().changeSessionId();
        session.setAttribute(StaffSession.PENDING_ACCOUNT, account.get().getId());
        session.setAttribute(StaffSession.PENDING_SINCE, clock().instant());
        redirectTo(account.get().hasTotp() ? "/staff/sign-in-code" : "/staff/set-up-sign-in");
    }

    public boolean isSignedOut() {
        return "true".equals(parameter("signed-out"));
    }
}
