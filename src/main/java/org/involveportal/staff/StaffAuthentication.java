package org.involveportal.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.involveportal.platform.RequestPaths;
import org.involveportal.web.filter.SecurityHeadersFilter;

/**
 * How the container knows who is signed in to the back office (Jakarta Security). The sign-in pages
 * check the password and the code from the app, then hand over a {@link StaffSecurity.BothFactorsChecked}
 * that the identity store turns into the person and their roles.
 *
 * <p>The session keeps only the account's id and the roles it signed in with ({@link StaffSession}), and
 * every request reads the account again: on any instance of a cluster, and at once, a disabled account or
 * one whose roles changed is signed out (its session ends on the next request wherever it is made), and a
 * session kept in the data grid carries on on another instance.
 *
 * <p>Anyone else asking for a staff page is sent to sign in, with the portal's security headers (the
 * container answers before any filter runs), and comes back to the page they asked for afterwards.
 */
@ApplicationScoped
public class StaffAuthentication implements HttpAuthenticationMechanism {

    /** The staff page first asked for, to go on to after signing in. */
    static final String CONTINUE_TO = "staff.continueTo";
    static final String SIGN_IN = "/staff/sign-in";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private StaffSecurity staffSecurity;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        var credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return context.notifyContainerAboutLogin(identityStores.validate(credential));
        }
        var signedIn = signedInAccount(request);
        if (signedIn != null) {
            return context.notifyContainerAboutLogin(signedIn);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        String language = StaffPageAccess.languagePrefix(request.getRequestURI().substring(request.getContextPath().length()));
        if ("GET".equals(request.getMethod())) {
            String asked = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            if (isStaffAddress(request, asked)) {
                request.getSession(true).setAttribute(CONTINUE_TO, asked);
            }
        }
        SecurityHeadersFilter.apply(response);
        response.setHeader("Cache-Control", "no-store");
        return context.redirect(request.getContextPath() + language + SIGN_IN);
    }

    /**
     * The account this request's session signed in, as it is now; null when none did, or when it may no longer
     * sign in or its roles changed since, which ends the session.
     */
    private CredentialValidationResult signedInAccount(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session == null || !(session.getAttribute(StaffSession.ACCOUNT) instanceof Long accountId)) {
            return null;
        }
        var now = staffSecurity.validate(new StaffSecurity.BothFactorsChecked(accountId));
        if (now.getStatus() == CredentialValidationResult.Status.VALID
                && StaffSession.rolesText(now.getCallerGroups()).equals(session.getAttribute(StaffSession.ROLES))) {
            return now;
        }
        session.invalidate();
        return null;
    }

    /** True for an address of a staff page on this portal, plain or in a back-office language: where to go on to. */
    static boolean isStaffAddress(HttpServletRequest request, String address) {
        if (address == null || !address.startsWith(request.getContextPath() + "/") || !RequestPaths.isLocal(address)) {
            return false;
        }
        String path = address.substring(request.getContextPath().length());
        return path.substring(StaffPageAccess.languagePrefix(path).length()).startsWith("/staff/");
    }
}
