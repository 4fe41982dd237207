package org.involveportal.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.involveportal.platform.FormRules;
import org.involveportal.platform.PasswordPolicy;

/**
 * Signing in, {@code /account/sign-in}: with a password, or with a link sent by email (nothing to
 * remember or transcribe, WCAG 3.3.8). Two plain forms, told apart by their {@code action}.
 */
@Named
@RequestScoped
public class PasswordOrLinkStep extends ResidentSignInStep {

    @Inject
    private ResidentService residents;

    @Inject
    private SignedInResident signedIn;

    @Inject
    private AccountEmails emails;

    @Inject
    private ResidentThrottles throttles;

    private String email;
    private String linkEmail;

    @Override
    protected void post() {
        if ("link".equals(parameter("action"))) {
            sendSignInLink();
        } else {
            signInWithPassword();
        }
    }

    private void signInWithPassword() {
        email = parameter("email");
        String password = parameter("password");
        if (FormRules.isBlank(email)) {
            problem("email", "account.signIn.error.email");
        } else if (FormRules.length(email) > FormRules.EMAIL_MAX) {
            problem("email", "account.signUp.error.email");
        }
        if (password == null || password.isEmpty()) {
            problem("password", "account.signIn.error.password");
        } else if (FormRules.length(password) > PasswordPolicy.MAX_LENGTH) {
            problem("password", "password.error.tooLong");
        }
        if (hasErrors() || refusedForNow(throttles.passwords(), Resident.normalisedEmail(email), "email")) {
            return;
        }
        var resident = residents.checkPassword(email, password);
        if (resident.isEmpty()) {
            problem("email", "account.signIn.error.wrong");
            return;
        }
        if (!resident.get().isVerified()) {
            // the password was right, so saying this tells nothing to someone who guessed the address
            residents.newVerification(resident.get().getId())
                    .ifPresent(token -> emails.verifyAddress(resident.get().getEmail(), token));
            problem("email", "account.signIn.error.unverified");
            return;
        }
        throttles.passwords().succeeded(resident.get().getEmail(), clientAddress());
        String next = getNext();
        signedIn.signIn(resident.get().getId());
        redirectToPage(next == null ? "/account" : next);
    }

    private void sendSignInLink() {
        linkEmail = parameter("linkEmail");
        if (!FormRules.isEmail(linkEmail)) {
            problem("linkEmail", "account.signIn.error.linkEmail");
            return;
        }
        // every request counts against the address, so no one can flood a mailbox with links
        if (refusedFromHere("linkEmail") || refusedForNow(throttles.emails(), "link:" + Resident.normalisedEmail(linkEmail), "linkEmail")) {
            return;
        }
        residents.newSignInLink(linkEmail).ifPresent(link -> emails.signInLink(link.email(), link.token()));
        var session = request().getSession(true);
        session.setAttribute(CHECK_EMAIL, Resident.normalisedEmail(linkEmail));
        String next = getNext();
        if (next != null) {
            session.setAttribute(SignedInResident.NEXT, next);
        }
        redirectToPage("/account/check-email?sent=link");
    }

    public String getEmail() {
        return email;
    }

    public String getLinkEmail() {
        return linkEmail;
    }

    public boolean isSignedOut() {
        return "true".equals(parameter("signed-out"));
    }
}
