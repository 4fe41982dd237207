package org.involveportal.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.involveportal.audit.AuditAction;
import org.involveportal.audit.AuditTrail;
import org.involveportal.platform.ClientAddress;
import org.involveportal.platform.FormRules;
import org.involveportal.platform.PasswordPolicy;
import org.involveportal.platform.SignInThrottle;
import org.involveportal.web.page.PageBean;

/** A member of staff changes their own password: the current one first, then a new one the policy accepts. */
@Named
@RequestScoped
public class ChangePasswordPage extends PageBean {

    @Inject
    private HttpServletRequest request;

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private StaffService staff;

    @Inject
    private PasswordPolicy policy;

    @Inject
    private AuditTrail audit;

    @Inject
    private SignInThrottle throttle;

    @Override
    protected void load() {
        // the page is the signed-in staff member's own: nothing to find
    }

    @Override
    protected void post() {
        String email = staffMember();
        var account = staff.findByEmail(email).orElseThrow();
        var wait = throttle.attempt(account.getEmail(), clientAddress.of(request));
        if (wait.isPresent()) {
            // guessing the current password from a session left open is slowed down like signing in
            problem("current", "password.error.wait");
            return;
        }
        String current = parameter("current");
        String chosen = parameter("new");
        if (current == null || current.isEmpty() || staff.checkPassword(email, current).isEmpty()) {
            problem("current", "password.error.current");
        }
        var problems = policy.problems(chosen == null ? "" : chosen, account.getEmail(), account.getDisplayName());
        if (FormRules.length(parameter("confirm")) > PasswordPolicy.MAX_LENGTH) {
            problem("confirm", "password.error.tooLong");
        }
        if (!problems.isEmpty()) {
            problem("new", problems.get(0));
        } else if (!chosen.equals(parameter("confirm"))) {
            problem("confirm", "password.error.confirm");
        }
        if (hasErrors()) {
            return;
        }
        throttle.succeeded(account.getEmail(), clientAddress.of(request));
        staff.changePassword(account.getId(), chosen);
        audit.record(email, AuditAction.PASSWORD_CHANGED);
        redirectTo("/staff/password?changed=true");
    }

    public boolean isChanged() {
        return "true".equals(parameter("changed"));
    }
}
