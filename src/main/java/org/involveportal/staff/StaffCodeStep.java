package org.involveportal.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.involveportal.audit.AuditAction;

/** The second step, {@code /staff/sign-in-code}: a code from the authenticator app, or a recovery code. */
@Named
@RequestScoped
public class StaffCodeStep extends StaffSignInStep {

    private long accountId;

    @Override
    protected void load() {
        var pending = pendingAccount();
        if (pending.isEmpty()) {
            redirectTo("/staff/sign-in");
            return;
        }
        accountId = pending.get();
    }

    @Override
    protected void post() {
        var account = staff().find(accountId).orElseThrow();
        setEmail(account.getEmail());
        if (refusedForNow(account.getEmail())) {
            return;
        }
        if (!staff().checkSecondFactor(accountId, parameter("code"))) {
            audit().record(account.getEmail(), AuditAction.SIGN_IN_FAILED, null, null, "code");
            setError("staff.signIn.error.code");
            return;
        }
        signIn(accountId, account.getEmail());
    }
}
