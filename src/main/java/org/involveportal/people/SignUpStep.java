package org.involveportal.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.involveportal.i18n.Messages;
import org.involveportal.platform.FormRules;
import org.involveportal.platform.PasswordPolicy;

/** Creating an account, {@code /account/sign-up}: an email address and a password, then "check your email". */
@Named
@RequestScoped
public class SignUpStep extends ResidentSignInStep {

    @Inject
    private ResidentService residents;

    @Inject
    private AccountEmails emails;

    @Inject
    private PasswordPolicy policy;

    @Inject
    private ResidentThrottles throttles;

    @Inject
    private Messages messages;

    private String email;

    @Override
    protected void post() {
        email = parameter("email");
        String password = parameter("password");
        if (!FormRules.isEmail(email)) {
            problem("email", "account.signUp.error.email");
        }
        var passwordProblems = policy.problems(password, email, null);
        if (!passwordProblems.isEmpty()) {
            problem("password", passwordProblems.get(0));
        }
        // every sign-up counts against the address, so no one can flood a mailbox with confirmation emails
        if (hasErrors() || refusedFromHere("email")
                || refusedForNow(throttles.emails(), "sign-up:" + Resident.normalisedEmail(email), "email")) {
            return;
        }
        var outcome = residents.signUp(email.trim(), password, messages.getLanguage().tag());
        if (outcome instanceof ResidentService.SignUp.VerifyEmail verify) {
            emails.verifyAddress(verify.email(), verify.token());
        } else if (outcome instanceof ResidentService.SignUp.AlreadyRegistered registered) {
            emails.alreadyRegistered(registered.email());
        }
        request().getSession(true).setAttribute(CHECK_EMAIL, Resident.normalisedEmail(email));
        redirectToPage("/account/check-email?sent=sign-up");
    }

    public String getEmail() {
        return email;
    }
}
