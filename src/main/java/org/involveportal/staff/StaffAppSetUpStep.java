package org.involveportal.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The second step on a first sign-in, {@code /staff/set-up-sign-in}: a new secret for the authenticator
 * app, kept in the session until a right code proves the app has it.
 */
@Named
@RequestScoped
public class StaffAppSetUpStep extends StaffSignInStep {

    private static final String ISSUER = "Involve";

    private long settingUp;
    private String setupSecret;

    @Override
    protected void load() {
        var pending = pendingAccount();
        if (pending.isEmpty()) {
            redirectTo("/staff/sign-in");
            return;
        }
        settingUp = pending.get();
        var session = request().getSession();
        setupSecret = (String) session.getAttribute(StaffSession.SETUP_SECRET);
        if (setupSecret == null) {
            setupSecret = Totp.newSecret();
            session.setAttribute(StaffSession.SETUP_SECRET, setupSecret);
        }
        setEmail(staff().find(settingUp).orElseThrow().getEmail());
    }

    /** A right code proves the app has the secret: the account keeps it, gets its recovery codes and is signed in. */
    @Override
    protected void post() {
        if (refusedForNow(getEmail())) {
            return;
        }
        var codes = staff().enrolApp(settingUp, setupSecret, parameter("code"));
        if (codes.isEmpty()) {
            setError("staff.setUp.error.code");
            return;
        }
        var session = request().getSession();
        session.removeAttribute(StaffSession.SETUP_SECRET);
        session.setAttribute(StaffSession.RECOVERY_CODES, codes.get());
        signIn(settingUp, getEmail());
    }

    /** The secret grouped in fours, to type into an app by hand. */
    public String getSetupSecretGrouped() {
        return setupSecret == null ? "" : setupSecret.replaceAll("(.{4})(?=.)", "$1 ");
    }

    public String getSetupLink() {
        return setupSecret == null ? "" : new Totp(clock()).otpauthUri(ISSUER, getEmail(), setupSecret);
    }
}
