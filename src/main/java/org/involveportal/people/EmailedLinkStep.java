package org.involveportal.people;

import jakarta.inject.Inject;
import org.involveportal.i18n.PageRoute;

/**
 * A link from an email, {@code /account/.../{token}}. Opening it changes nothing (mail scanners open
 * links): it only says whether the link still works, and the page's button uses it.
 */
public abstract class EmailedLinkStep extends ResidentSignInStep {

    @Inject
    private ResidentService residents;

    @Inject
    private SignedInResident signedIn;

    private boolean tokenUsable;

    /** What the link is for. */
    protected abstract TokenPurpose purpose();

    /** Where the resident goes once the link has signed them in. */
    protected abstract String afterUse();

    @Override
    protected void loadStep() {
        if (!isPost()) {
            tokenUsable = residents.isUsable(PageRoute.parameter(request()), purpose());
        }
    }

    @Override
    protected void post() {
        var resident = residents.useToken(PageRoute.parameter(request()), purpose());
        if (resident.isEmpty()) {
            tokenUsable = false;
            return;
        }
        String next = afterUse(); // read before signing in, which starts a new session
        signedIn.signIn(resident.get());
        redirectToPage(next);
    }

    public boolean isTokenUsable() {
        return tokenUsable;
    }

    public String getToken() {
        String token = PageRoute.parameter(request());
        return token == null ? "" : token;
    }
}
