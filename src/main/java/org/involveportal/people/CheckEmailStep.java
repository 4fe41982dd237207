package org.involveportal.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** "Check your email", after signing up or asking for a link: the same words whether or not the address has an account. */
@Named
@RequestScoped
public class CheckEmailStep extends ResidentSignInStep {

    /** Which email was sent: a sign-in link, or the confirmation after signing up. */
    public String getSent() {
        return "link".equals(parameter("sent")) ? "link" : "sign-up";
    }

    public String getSentTo() {
        var session = request().getSession(false);
        return session == null ? null : (String) session.getAttribute(CHECK_EMAIL);
    }

    /** How long the link confirming an address works. */
    public long getVerifyHours() {
        return TokenPurpose.VERIFY_EMAIL.lifetime().toHours();
    }
}
