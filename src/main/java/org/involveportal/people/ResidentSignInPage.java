package org.involveportal.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.involveportal.i18n.Messages;
import org.involveportal.i18n.PageRoute;
import org.involveportal.platform.ClientLimits;
import org.involveportal.platform.FormRules;
import org.involveportal.platform.PasswordPolicy;
import org.involveportal.platform.SignInThrottle;
import org.involveportal.web.page.Navigation;
import org.involveportal.web.page.PageBean;
import org.involveportal.web.page.PageLinks;

/**
 * The pages of getting into an account: sign up, "check your email", confirming the address from the
 * emailed link, signing in with a password or with a link sent by email (for anyone who would rather not
 * remember a password, WCAG 3.3.8), and signing out. Plain HTML forms posted to their own address.
 *
 * <p>The same answer for an unknown address and a wrong password; the same page after signing up with a
 * new address and with one that has an account (that address gets a "you already have an account" email);
 * the same page after asking for a link whether or not the address has an account. Password guesses and
 * link requests are slowed down by the {@link SignInThrottle} rules staff sign-in uses, in residents' own
 * instances ({@link ResidentThrottles}).
 */
@Named("accountSignIn")
@RequestScoped
public class ResidentSignInPage extends PageBean {

    static final String CHECK_EMAIL = "resident.checkEmail";

    @Inject
    private HttpServletRequest request;

    @Inject
    private ResidentService residents;

    @Inject
    private SignedInResident signedIn;

    @Inject
    private AccountEmails emails;

    @Inject
    private PasswordPolicy policy;

    @Inject
    private ResidentThrottles throttles;

    @Inject
    private ClientLimits clientLimits;

    @Inject
    private PageLinks links;

    @Inject
    private Messages messages;

    private String step;
    private String email;
    private String linkEmail;
    private boolean tokenUsable;

    @Override
    protected void load() {
        String view = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        step = view.substring(view.lastIndexOf('/') + 1).replace(".xhtml", "");
        noStore();
        switch (step) {
            case "sign-up", "sign-in", "sign-out" -> {
                // a form, handled by post()
            }
            case "check-email" -> {
                // shows what was sent; nothing to do
            }
            case "verify" -> checkLink(TokenPurpose.VERIFY_EMAIL);
            case "sign-in-link" -> checkLink(TokenPurpose.SIGN_IN);
            default -> throw new IllegalStateException("Not an account sign-in page: " + view);
        }
    }

    @Override
    protected void post() {
        switch (step) {
            case "sign-up" -> signUp();
            case "sign-in" -> {
                if ("link".equals(parameter("action"))) {
                    sendSignInLink();
                } else {
                    signInWithPassword();
                }
            }
            case "verify" -> useLink(TokenPurpose.VERIFY_EMAIL);
            case "sign-in-link" -> useLink(TokenPurpose.SIGN_IN);
            case "sign-out" -> {
                signedIn.signOut();
                redirect("/account/sign-in?signed-out=true");
            }
            default -> {
                // "check your email" has no form
            }
        }
    }

    private void signUp() {
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
        request.getSession(true).setAttribute(CHECK_EMAIL, Resident.normalisedEmail(email));
        redirect("/account/check-email?sent=sign-up");
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
        throttles.passwords().succeeded(resident.get().getEmail(), request.getRemoteAddr());
        String next = SignedInResident.safeNext(parameter("next"));
        signedIn.signIn(resident.get().getId());
        redirect(next == null ? "/account" : next);
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
        var session = request.getSession(true);
        session.setAttribute(CHECK_EMAIL, Resident.normalisedEmail(linkEmail));
        String next = SignedInResident.safeNext(parameter("next"));
        if (next != null) {
            session.setAttribute(SignedInResident.NEXT, next);
        }
        redirect("/account/check-email?sent=link");
    }

    /** Opening an emailed link changes nothing (mail scanners open links): it only says whether the link still works. */
    private void checkLink(TokenPurpose purpose) {
        if (!isPost()) {
            tokenUsable = residents.isUsable(PageRoute.parameter(request), purpose);
        }
    }

    private void useLink(TokenPurpose purpose) {
        String token = PageRoute.parameter(request);
        var session = request.getSession(false);
        String next = session == null ? null : SignedInResident.safeNext((String) session.getAttribute(SignedInResident.NEXT));
        var resident = residents.useToken(token, purpose);
        if (resident.isEmpty()) {
            tokenUsable = false;
            return;
        }
        signedIn.signIn(resident.get());
        if (purpose == TokenPurpose.VERIFY_EMAIL) {
            redirect("/account/profile?welcome=true");
        } else {
            redirect(next == null ? "/account" : next);
        }
    }

    /** Emails asked for from this client, whichever addresses they go to ({@link ClientLimits}). */
    private boolean refusedFromHere(String field) {
        if (clientLimits.emails().attempt(request.getRemoteAddr()).isPresent()) {
            problem(field, "limits.emails.tooManyFromHere");
            return true;
        }
        return false;
    }

    private boolean refusedForNow(SignInThrottle throttle, String key, String field) {
        var delay = throttle.attempt(key, request.getRemoteAddr());
        if (delay.isPresent()) {
            problem(field, "account.signIn.error.wait");
            return true;
        }
        return false;
    }

    private void noStore() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.setResponseHeader("Cache-Control", "no-store");
    }

    /** To a page in the reader's language. */
    private void redirect(String pagePath) {
        Navigation.redirect(links.href(pagePath));
    }

    // ---- for the pages ----

    public String getStep() {
        return step;
    }

    public String getEmail() {
        return email;
    }

    public String getLinkEmail() {
        return linkEmail;
    }

    public String getNext() {
        return SignedInResident.safeNext(parameter("next"));
    }

    /** This page's own address, keeping where to go next. */
    public String action(String pagePath) {
        String next = getNext();
        return links.href(pagePath) + (next == null ? "" : "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
    }

    public boolean isSignedOut() {
        return "true".equals(parameter("signed-out"));
    }

    public String getSent() {
        return "link".equals(parameter("sent")) ? "link" : "sign-up";
    }

    public String getSentTo() {
        var session = request.getSession(false);
        return session == null ? null : (String) session.getAttribute(CHECK_EMAIL);
    }

    public boolean isTokenUsable() {
        return tokenUsable;
    }

    public String getToken() {
        String token = PageRoute.parameter(request);
        return token == null ? "" : token;
    }

    public long getLinkMinutes() {
        return TokenPurpose.SIGN_IN.lifetime().toMinutes();
    }

    public long getVerifyHours() {
        return TokenPurpose.VERIFY_EMAIL.lifetime().toHours();
    }
}
