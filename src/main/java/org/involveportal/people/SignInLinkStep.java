package org.involveportal.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The link from the sign-in email, {@code /account/sign-in-link/{token}}: the button signs in. */
@Named
@RequestScoped
public class SignInLinkStep extends EmailedLinkStep {

    @Override
    protected TokenPurpose purpose() {
        return TokenPurpose.SIGN_IN;
    }

    /** The page the resident was on when asked to sign in, kept in the session when the link was asked for. */
    @Override
    protected String afterUse() {
        var session = request().getSession(false);
        String next = session == null ? null : SignedInResident.safeNext((String) session.getAttribute(SignedInResident.NEXT));
        return next == null ? "/account" : next;
    }
}
