package org.involveportal.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.involveportal.platform.RequestPaths;
import org.involveportal.web.filter.SecurityHeadersFilter;

/**
 * How the container knows who is signed in to the back office (Jakarta Security). The sign-in pages
 * check the password and the code from the app, then hand over a {@link StaffSecurity.BothFactorsChecked}
 * that the identity store turns into the person and their roles; the session keeps them
 * ({@link AutoApplySession}). Anyone else asking for a staff page is sent to sign in, with the
 * portal's security headers (the container answers before any filter runs), and comes back to the
 * page they asked for afterwards.
 */
@ApplicationScoped
@AutoApplySession
public class StaffAuthentication implements HttpAuthenticationMechanism {

    /** The staff page first asked for, to go on to after signing in. */
    static final String CONTINUE_TO = "staff.continueTo";
    static final String SIGN_IN = "/staff/sign-in";

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        var credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return context.notifyContainerAboutLogin(identityStores.validate(credential));
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

    /** True for an address of a staff page on this portal, plain or in a back-office language: where to go on to. */
    static boolean isStaffAddress(HttpServletRequest request, String address) {
        if (address == null || !address.startsWith(request.getContextPath() + "/") || !RequestPaths.isLocal(address)) {
            return false;
        }
        String path = address.substring(request.getContextPath().length());
        return path.substring(StaffPageAccess.languagePrefix(path).length()).startsWith("/staff/");
    }
}
