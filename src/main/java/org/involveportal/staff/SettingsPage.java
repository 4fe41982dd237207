package org.involveportal.staff;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import org.involveportal.audit.AuditAction;
import org.involveportal.audit.AuditTrail;
import org.involveportal.platform.PortalSettings;
import org.involveportal.web.page.Navigation;

/** Portal settings for admins (web.xml: ADMIN only; the post checks again): the Welsh Language Standards. */
@Named
@RequestScoped
public class SettingsPage {

    @Inject
    private HttpServletRequest request;

    @Inject
    private PortalSettings settings;

    @Inject
    private AuditTrail audit;

    @Inject
    private SecurityContext security;

    @PostConstruct
    void handle() {
        if (!"POST".equals(request.getMethod())) {
            return;
        }
        if (!security.isCallerInRole("ADMIN")) {
            Navigation.sendError(403);
            return;
        }
        boolean welsh = "on".equals(request.getParameter("welsh"));
        settings.setWelshLanguageStandards(welsh);
        audit.record(security.getCallerPrincipal().getName(), AuditAction.SETTING_CHANGED, "setting",
                "welsh-language-standards", String.valueOf(welsh));
        Navigation.redirect(request.getContextPath() + "/staff/settings?saved=true");
    }

    public boolean isWelshLanguageStandards() {
        return settings.welshLanguageStandards();
    }

    public boolean isSaved() {
        return "true".equals(request.getParameter("saved"));
    }
}
