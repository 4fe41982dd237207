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

    private String typedThreshold;

    @Override
    protected void load() {
        // nothing to find: the setting is read as the page renders
    }

    @Override
    protected void post() {
        if (!allowed("ADMIN")) {
            return;
        }
        if ("overlap".equals(parameter("action"))) {
            saveOverlapThreshold();
            return;
        }
        boolean welsh = "on".equals(parameter("welsh"));
        settings.setWelshLanguageStandards(welsh);
        audit.record(staffMember(), AuditAction.SETTING_CHANGED, "setting", "welsh-language-standards", String.valueOf(welsh));
        redirectTo("/staff/settings?saved=true");
    }

    /** The consultations' overlap threshold: a whole number from 1 to {@link PortalSettings#OVERLAP_THRESHOLD_MAX}. */
    private void saveOverlapThreshold() {
        typedThreshold = typed("overlap-threshold").strip();
        int threshold;
        try {
            threshold = Integer.parseInt(typedThreshold);
        } catch (NumberFormatException e) {
            problem("overlap-threshold", "settings.overlap.error");
            return;
        }
        if (threshold < 1 || threshold > PortalSettings.OVERLAP_THRESHOLD_MAX) {
            problem("overlap-threshold", "settings.overlap.error");
            return;
        }
        settings.setConsultationOverlapThreshold(threshold);
        audit.record(staffMember(), AuditAction.SETTING_CHANGED, "setting", "consultation-overlap-threshold", String.valueOf(threshold));
        redirectTo("/staff/settings?saved=true");
    }

    /** The threshold as typed (after a problem) or as set. */
    public String getOverlapThreshold() {
        return typedThreshold != null ? typedThreshold : String.valueOf(settings.consultationOverlapThreshold());
    }

    public boolean isWelshLanguageStandards() {
        return settings.welshLanguageStandards();
    }

    public boolean isSaved() {
        return "true".equals(parameter("saved"));
    }
}
