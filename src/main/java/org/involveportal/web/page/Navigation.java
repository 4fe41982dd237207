package org.involveportal.web.page;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.involveportal.platform.RequestPaths;

/**
 * How page beans end a request early: a redirect (post, redirect, get) or an error status, after
 * which the page is not rendered.
 */
public final class Navigation {

    private Navigation() {
    }

    /**
     * Redirects to an address of this portal. Every page bean's redirect comes here, and one built from
     * request data that would leave the portal ({@code //host}, {@code /\host}, a scheme) goes to the
     * home page instead.
     */
    public static void redirect(String url) {
        var faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().redirect(RequestPaths.localTarget(url, faces.getExternalContext().getRequestContextPath() + "/"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** 404 for what does not exist, 403 for what this person may not do (shown as not found). */
    public static void sendError(int status) {
        var faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** The answer is for this request only: the page cache, browsers and proxies keep none of it. */
    public static void doNotKeep() {
        FacesContext.getCurrentInstance().getExternalContext().setResponseHeader("Cache-Control", "no-store");
    }

    /** False once the request was ended early, so the page shows nothing of itself. */
    public static boolean isRendering() {
        return !FacesContext.getCurrentInstance().getResponseComplete();
    }
}
