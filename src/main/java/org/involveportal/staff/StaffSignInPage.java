package org.involveportal.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.involveportal.audit.AuditAction;
import org.involveportal.audit.AuditTrail;
import org.involveportal.platform.SignInThrottle;
import org.involveportal.web.page.Navigation;
import org.involveportal.web.page.PageBean;

/**
 * The staff sign-in pages: email and password, then a code from the authenticator app (or a recovery
 * code), or setting the app up on a first sign-in; and signing out. Between the two steps the session
 * holds only "this account's password was right", for five minutes. The same message answers an
 * unknown email and a wrong password; repeated failures are slowed down by {@link SignInThrottle}.
 */
@Named
@RequestScoped
public class StaffSignInPage extends PageBean {

    static final String PENDING_ACCOUNT = "staff.pending.account";
    static final String PENDING_SINCE = "staff.pending.since";
    static final String SETUP_SECRET = "staff.setup.secret";
    static final String RECOVERY_CODES = "staff.recovery.codes";
    public static final String SIGNED_IN_AT = "staff.signedInAt";
    private static final Duration PENDING_FOR = Duration.ofMinutes(5);
    private static final String ISSUER = "Involve";

    @Inject
    private HttpServletRequest request;

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
    private String setupSecret;
    private String page;
    private Long settingUp;

    @Override
    protected void load() {
        String view = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        page = view.substring(view.lastIndexOf('/') + 1);
        switch (page) {
            case "sign-in.xhtml", "sign-out.xhtml" -> {
                // a form and nothing else
            }
            case "sign-in-code.xhtml" -> {
                if (pendingAccount().isEmpty()) {
                    redirectTo("/staff/sign-in");
                }
            }
            case "set-up-sign-in.xhtml" -> setUpApp();
            default -> throw new IllegalStateException("Not a sign-in page: " + view);
        }
    }

    @Override
    protected void post() {
        switch (page) {
            case "sign-in.xhtml" -> checkPassword();
            case "sign-in-code.xhtml" -> checkCode();
            case "set-up-sign-in.xhtml" -> enrolApp();
            case "sign-out.xhtml" -> signOut();
            default -> throw new IllegalStateException("Not a sign-in page: " + page);
        }
    }

    private void checkPassword() {
        email = parameter("email");
        String password = parameter("password");
        if (email == null || email.isBlank() || password == null || password.isEmpty()) {
            error = "staff.signIn.error.missing";
            return;
        }
        if (refusedForNow(email)) {
            return;
        }
        var account = staff.checkPassword(email, password);
        if (account.isEmpty()) {
            audit.record(StaffAccount.normalisedEmail(email), AuditAction.SIGN_IN_FAILED, null, null, "password");
            error = "staff.signIn.error.wrong";
            return;
        }
        var session = request.getSession(true);
        request.changeSessionId();
        session.setAttribute(PENDING_ACCOUNT, account.get().getId());
        session.setAttribute(PENDING_SINCE, clock.instant());
        redirectTo(account.get().hasTotp() ? "/staff/sign-in-code" : "/staff/set-up-sign-in");
    }

    private void checkCode() {
        long accountId = pendingAccount().orElseThrow();
        var account = staff.find(accountId).orElseThrow();
        email = account.getEmail();
        if (refusedForNow(email)) {
            return;
        }
        if (!staff.checkSecondFactor(accountId, parameter("code"))) {
            audit.record(account.getEmail(), AuditAction.SIGN_IN_FAILED, null, null, "code");
            error = "staff.signIn.error.code";
            return;
        }
        signIn(accountId, account.getEmail());
    }

    /** First sign-in: a new secret for the app, kept in the session until a right code proves the app has it. */
    private void setUpApp() {
        var pending = pendingAccount();
        if (pending.isEmpty()) {
            redirectTo("/staff/sign-in");
            return;
        }
        settingUp = pending.get();
        var session = request.getSession();
        setupSecret = (String) session.getAttribute(SETUP_SECRET);
        if (setupSecret == null) {
            setupSecret = Totp.newSecret();
            session.setAttribute(SETUP_SECRET, setupSecret);
        }
        var account = staff.find(settingUp).orElseThrow();
        email = account.getEmail();
    }

    /** A right code proves the app has the secret: the account keeps it, gets its recovery codes and is signed in. */
    private void enrolApp() {
        if (refusedForNow(email)) {
            return;
        }
        var codes = staff.enrolApp(settingUp, setupSecret, parameter("code"));
        if (codes.isEmpty()) {
            error = "staff.setUp.error.code";
            return;
        }
        var session = request.getSession();
        session.removeAttribute(SETUP_SECRET);
        session.setAttribute(RECOVERY_CODES, codes.get());
        signIn(settingUp, email);
    }

    private void signIn(long accountId, String accountEmail) {
        var session = request.getSession();
        session.removeAttribute(PENDING_ACCOUNT);
        session.removeAttribute(PENDING_SINCE);
        var response = (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse();
        var status = startSession(securityContext, request, response, accountId, clock);
        if (status == AuthenticationStatus.SEND_FAILURE) {
            error = "staff.signIn.error.wrong";
            return;
        }
        throttle.succeeded(accountEmail, request.getRemoteAddr());
        audit.record(accountEmail, AuditAction.SIGN_IN);
        var continueTo = (String) session.getAttribute(StaffAuthentication.CONTINUE_TO);
        session.removeAttribute(StaffAuthentication.CONTINUE_TO);
        if (session.getAttribute(RECOVERY_CODES) != null) {
            redirectTo("/staff/recovery-codes");
        } else if (StaffAuthentication.isStaffAddress(request, continueTo)) {
            Navigation.redirect(continueTo); // on to the page first asked for
        } else {
            redirectTo("/staff/");
        }
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

    /**
     * Hands the container an account whose password and second factor were both checked; on success
     * the session gets a new id (so one fixed before sign-in is worth nothing), its sign-in time and a
     * strict cookie.
     */
    static AuthenticationStatus startSession(SecurityContext securityContext, HttpServletRequest request,
            HttpServletResponse response, long accountId, Clock clock) {
        var status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams().credential(new StaffSecurity.BothFactorsChecked(accountId)).newAuthentication(true));
        if (status != AuthenticationStatus.SEND_FAILURE) {
            request.changeSessionId();
            request.getSession().setAttribute(SIGNED_IN_AT, clock.instant());
            strictSessionCookie(request, response);
        }
        return status;
    }

    private void signOut() {
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
            audit.record(who, AuditAction.SIGN_OUT);
        }
        redirectTo("/staff/sign-in?signed-out=true");
    }

    private boolean refusedForNow(String typedEmail) {
        var delay = throttle.attempt(StaffAccount.normalisedEmail(typedEmail), request.getRemoteAddr());
        if (delay.isPresent()) {
            wait = delay.get();
            error = "staff.signIn.error.wait";
            return true;
        }
        return false;
    }

    private Optional<Long> pendingAccount() {
        var session = request.getSession(false);
        if (session == null || session.getAttribute(PENDING_ACCOUNT) == null) {
            return Optional.empty();
        }
        var since = (Instant) session.getAttribute(PENDING_SINCE);
        if (since == null || since.plus(PENDING_FOR).isBefore(clock.instant())) {
            session.removeAttribute(PENDING_ACCOUNT);
            return Optional.empty();
        }
        return Optional.of((Long) session.getAttribute(PENDING_ACCOUNT));
    }

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

    public boolean isSignedOut() {
        return "true".equals(parameter("signed-out"));
    }

    /** The secret grouped in fours, to type into an app by hand. */
    public String getSetupSecretGrouped() {
        return setupSecret == null ? "" : setupSecret.replaceAll("(.{4})(?=.)", "$1 ");
    }

    public String getSetupLink() {
        return setupSecret == null ? "" : new Totp(clock).otpauthUri(ISSUER, email, setupSecret);
    }

    @SuppressWarnings("unchecked")
    public List<String> getRecoveryCodes() {
        var session = request.getSession(false);
        return session == null ? List.of() : (List<String>) session.getAttribute(RECOVERY_CODES);
    }
}
