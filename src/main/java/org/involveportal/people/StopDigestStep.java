package org.involveportal.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.involveportal.i18n.PageRoute;
import org.involveportal.web.page.PageBean;

/**
 * The link in a "Keep me informed" digest, {@code /account/stop-digest/{token}}: no sign-in needed. Opening it
 * changes nothing (mail scanners open links); its one button stops the digest, and the page then says so.
 */
@Named
@RequestScoped
public class StopDigestStep extends PageBean {

    @Inject
    private HttpServletRequest request;

    @Inject
    private ResidentService residents;

    private boolean tokenUsable;
    private boolean stopped;

    @Override
    protected void load() {
        FacesContext.getCurrentInstance().getExternalContext().setResponseHeader("Cache-Control", "no-store");
        notKept();
        if (!isPost()) {
            tokenUsable = residents.isUsable(PageRoute.parameter(request), TokenPurpose.STOP_DIGEST);
        }
    }

    @Override
    protected void post() {
        stopped = residents.stopDigest(PageRoute.parameter(request));
        tokenUsable = stopped;
    }

    public boolean isTokenUsable() {
        return tokenUsable;
    }

    public boolean isStopped() {
        return stopped;
    }

    public String getToken() {
        String token = PageRoute.parameter(request);
        return token == null ? "" : token;
    }
}
