package org.involveportal.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Signing out, {@code /account/sign-out}: a post (a link could be followed by anyone's page); a visit offers the button. */
@Named
@RequestScoped
public class ResidentSignOutStep extends ResidentSignInStep {

    @Inject
    private SignedInResident signedIn;

    @Override
    protected void post() {
        signedIn.signOut();
        redirectToPage("/account/sign-in?signed-out=true");
    }
}
