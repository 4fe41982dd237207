package org.involveportal.staff;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.involveportal.audit.AuditAction;
import org.involveportal.audit.AuditTrail;
import org.involveportal.platform.ClientAddress;
import org.involveportal.platform.SignInThrottle;
import org.involveportal.web.page.Navigation;
import org.involveportal.web.page.PageBean;

/**
 * What the staff sign-in pages share: email and password ({@link StaffPasswordStep}), then a code from
 * the authenticator app or a recovery code ({@link StaffCodeStep}), or setting the app up on a first
 * sign-in ({@link StaffAppSetUpStep}); and signing out ({@link StaffSignOutStep}). Between the two
 * steps the session holds only "this account's password was right", for five minutes ({@link StaffSession}).
 * The same message answers an unknown email and a wrong password; repeated failures are slowed down by
 * {@link SignInThrottle}.
 */
public abstract class StaffSignInStep extends PageBean {

    private static final Duration PENDING_FOR = Duration.ofMinutes(5);

    @Inject
    private HttpServletRequest request;

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private StaffService staff;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private AuditTrail audit;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private Clock clock;

    private String email;
    private String error;
    private Duration wait;

    /** The account whose password was right in the last five minutes, if any. */
    protected final Optional<Long> pendingAccount() {
        var session = request.getSession(false);
        if (session == null || session.getAttribute(StaffSession.PENDING_ACCOUNT) == null) {
            return Optional.empty();
        }
        var since = (Instant) session.getAttribute(StaffSession.PENDING_SINCE);
        if (since == null || since.plus(PENDING_FOR).isBefore(clock.instant())) {
            session.removeAttribute(StaffSession.PENDING_ACCOUNT);
            return Optional.empty();
        }
        return Optional.of((Long) session.getAttribute(StaffSession.PENDING_ACCOUNT));
    }

    /** Too many failures for this email or from this address: the page says how long to wait. */
    protected final boolean refusedForNow(String typedEmail) {
        var delay = throttle.attempt(StaffAccount.normalisedEmail(typedEmail), clientAddress.of(request));
        if (delay.isPresent()) {
            wait = delay.get();
            error = "staff.signIn.error.wait";
            return true;
        }
        return false;
    }

    /** Both factors were right: the signed-in session starts, then on to the page first asked for. */
    protected final void signIn(long accountId, String accountEmail) {
        var session = request.getSession();
        session.removeAttribute(StaffSession.PENDING_ACCOUNT);
        session.removeAttribute(StaffSession.PENDING_SINCE);
        var response = (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse();
        var status = StaffSession.start(securityContext, request, response, accountId, clock);
        if (status == AuthenticationStatus.SEND_FAILURE) {
            error = "staff.signIn.error.wrong";
            return;
        }
        throttle.succeeded(accountEmail, clientAddress.of(request));
        audit.record(accountEmail, AuditAction.SIGN_IN);
        var continueTo = (String) session.getAttribute(StaffAuthentication.CONTINUE_TO);
        session.removeAttribute(StaffAuthentication.CONTINUE_TO);
        if (session.getAttribute(StaffSession.RECOVERY_CODES) != null) {
            redirectTo("/staff/recovery-codes");
        } else if (StaffAuthentication.isStaffAddress(request, continueTo)) {
            Navigation.redirect(continueTo); // on to the page first asked for
        } else {
            redirectTo("/staff/");
        }
    }

    protected final HttpServletRequest request() {
        return request;
    }

    protected final StaffService staff() {
        return staff;
    }

    protected final AuditTrail audit() {
        return audit;
    }

    protected final Clock clock() {
        return clock;
    }

    protected final void setEmail(String email) {
        this.email = email;
    }

    /** The message key of the page's one problem, shown in its error summary. */
    protected final void setError(String error) {
        this.error = error;
    }

    // ---- for the pages ----

    public String getEmail() {
        return email;
    }

    public String getError() {
        return error;
    }

    /** Whole minutes to wait, at least one, for the "too many attempts" message. */
    public long getWaitMinutes() {
        return wait == null ? 0 : Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
