package org.involveportal.people;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.involveportal.platform.ClientAddress;
import org.involveportal.platform.ClientLimits;
import org.involveportal.platform.SignInThrottle;
import org.involveportal.web.page.PageBean;
import org.involveportal.web.page.PageLinks;

/**
 * What the pages of getting into an account share: sign up ({@link SignUpStep}), "check your email"
 * ({@link CheckEmailStep}), confirming the address from the emailed link ({@link ConfirmEmailStep}),
 * signing in with a password or with a link sent by email ({@link PasswordOrLinkStep}, {@link SignInLinkStep};
 * for anyone who would rather not remember a password, WCAG 3.3.8), and signing out
 * ({@link ResidentSignOutStep}). Plain HTML forms posted to their own address; none is stored by a browser.
 *
 * <p>The same answer for an unknown address and a wrong password; the same page after signing up with a
 * new address and with one that has an account (that address gets a "you already have an account" email);
 * the same page after asking for a link whether or not the address has an account. Password guesses and
 * link requests are slowed down by the {@link SignInThrottle} rules staff sign-in uses, in residents' own
 * instances ({@link ResidentThrottles}).
 */
public abstract class ResidentSignInStep extends PageBean {

    /** The address "check your email" names, kept in the session by the page that sent the email. */
    static final String CHECK_EMAIL = "resident.checkEmail";

    @Inject
    private HttpServletRequest request;

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private ClientLimits clientLimits;

    @Inject
    private PageLinks links;

    @Override
    protected final void load() {
        FacesContext.getCurrentInstance().getExternalContext().setResponseHeader("Cache-Control", "no-store");
        loadStep();
    }

    /** What the page reads before it shows its form; most read nothing. */
    protected void loadStep() {
    }

    /** Emails asked for from this client, whichever addresses they go to ({@link ClientLimits}). */
    protected final boolean refusedFromHere(String field) {
        if (clientLimits.emails().attempt(clientAddress.of(request)).isPresent()) {
            problem(field, "limits.emails.tooManyFromHere");
            return true;
        }
        return false;
    }

    /** Too many attempts for this key from here: the field says to wait. */
    protected final boolean refusedForNow(SignInThrottle throttle, String key, String field) {
        var delay = throttle.attempt(key, clientAddress.of(request));
        if (delay.isPresent()) {
            problem(field, "account.signIn.error.wait");
            return true;
        }
        return false;
    }

    protected final HttpServletRequest request() {
        return request;
    }

    /** The client's real address, as the throttles and limits count it. */
    protected final String clientAddress() {
        return clientAddress.of(request);
    }

    // ---- for the pages ----

    /** Where to go after signing in: a page of this site only. */
    public String getNext() {
        return SignedInResident.safeNext(parameter("next"));
    }

    /** This page's own address, keeping where to go next. */
    public String action(String pagePath) {
        String next = getNext();
        return links.href(pagePath) + (next == null ? "" : "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
    }

    /** How long an emailed sign-in link works. */
    public long getLinkMinutes() {
        return TokenPurpose.SIGN_IN.lifetime().toMinutes();
    }
}
