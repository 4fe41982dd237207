package org.involveportal.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.involveportal.audit.AuditAction;
import org.involveportal.audit.AuditTrail;
import org.involveportal.platform.PortalSettings;
import org.involveportal.web.page.PageBean;

/** Portal settings for admins (web.xml: ADMIN only; the post checks again): the Welsh Language Standards. */
@Named
@RequestScoped
public class SettingsPage extends PageBean {

    @Inject
    private PortalSettings settings;

    @Inject
    private AuditTrail audit;

    @Override
    protected void load() {
        // nothing to find: the setting is read as the page renders
    }

    @Override
    protected void post() {
        if (!allowed("ADMIN")) {
            return;
        }
        boolean welsh = "on".equals(parameter("welsh"));
        settings.setWelshLanguageStandards(welsh);
        audit.record(staffMember(), AuditAction.SETTING_CHANGED, "setting", "welsh-language-standards", String.valueOf(welsh));
        redirectTo("/staff/settings?saved=true");
    }

    public boolean isWelshLanguageStandards() {
        return settings.welshLanguageStandards();
    }

    public boolean isSaved() {
        return "true".equals(parameter("saved"));
    }
}
