package org.involveportal.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The link from the confirmation email, {@code /account/verify/{token}}: the button confirms the address and signs in. */
@Named
@RequestScoped
public class ConfirmEmailStep extends EmailedLinkStep {

    @Override
    protected TokenPurpose purpose() {
        return TokenPurpose.VERIFY_EMAIL;
    }

    @Override
    protected String afterUse() {
        return "/account/profile?welcome=true";
    }
}
