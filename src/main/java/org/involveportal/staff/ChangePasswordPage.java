package org.involveportal.staff;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import org.involveportal.audit.AuditAction;
import org.involveportal.audit.AuditTrail;
import org.involveportal.platform.PasswordPolicy;
import org.involveportal.platform.SignInThrottle;
import org.involveportal.web.page.FormProblems;
import org.involveportal.web.page.Navigation;

/** A member of staff changes their own password: the current one first, then a new one the policy accepts. */
@Named
@RequestScoped
public class ChangePasswordPage extends FormProblems {

    @Inject
    private HttpServletRequest request;

    @Inject
    private StaffService staff;

    @Inject
    private PasswordPolicy policy;

    @Inject
    private AuditTrail audit;

    @Inject
    private SecurityContext security;

    @Inject
    private SignInThrottle throttle;

    @PostConstruct
    void handle() {
        if (!"POST".equals(request.getMethod())) {
            return;
        }
        String email = security.getCallerPrincipal().getName();
        var account = staff.findByEmail(email).orElseThrow();
        var wait = throttle.attempt(account.getEmail(), request.getRemoteAddr());
        if (wait.isPresent()) {
            // guessing the current password from a session left open is slowed down like signing in
            problem("current", "password.error.wait");
            return;
        }
        String current = request.getParameter("current");
        String chosen = request.getParameter("new");
        if (current == null || current.isEmpty() || staff.checkPassword(email, current).isEmpty()) {
            problem("current", "password.error.current");
        }
        var problems = policy.problems(chosen == null ? "" : chosen, account.getEmail(), account.getDisplayName());
        if (org.involveportal.platform.FormRules.length(request.getParameter("confirm")) > PasswordPolicy.MAX_LENGTH) {
            problem("confirm", "password.error.tooLong");
        }
        if (!problems.isEmpty()) {
            problem("new", problems.get(0));
        } else if (!chosen.equals(request.getParameter("confirm"))) {
            problem("confirm", "password.error.confirm");
        }
        if (hasErrors()) {
            return;
        }
        throttle.succeeded(account.getEmail(), request.getRemoteAddr());
        staff.changePassword(account.getId(), chosen);
        audit.record(email, AuditAction.PASSWORD_CHANGED);
        Navigation.redirect(request.getContextPath() + "/staff/password?changed=true");
    }

    public boolean isChanged() {
        return "true".equals(request.getParameter("changed"));
    }
}
