package org.involveportal.consultation;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.involveportal.content.TranslatedContent;
import org.involveportal.platform.FormRules;
import org.involveportal.platform.PortalSettings;
import org.involveportal.web.page.PageBean;

/**
 * Extending a published consultation or closing it early (staff, publisher role): either needs a
 * reason, which the consultation page shows to the public. The reason is needed in Welsh too when the
 * consultation is written in Welsh and the Welsh Language Standards apply; otherwise Welsh is optional.
 */
@Named
@RequestScoped
public class ConsultationWindowPage extends PageBean {

    @Inject
    private ConsultationService consultations;

    @Inject
    private ConsultationEditing editing;

    @Inject
    private PortalSettings settings;

    private Consultation consultation;
    private List<String> reasonLanguages;
    /** As the column {@code window_change_reason} holds it. */
    static final int REASON_MAX = 2000;
    private final Map<String, String> typed = new LinkedHashMap<>();

    @Override
    protected void load() {
        String slug = parameter("c");
        consultation = slug == null ? null : consultations.findAnyBySlug(slug).filter(Consultation::isPublished).orElse(null);
        if (consultation == null) {
            notFound();
            return;
        }
        reasonLanguages = consultation.reasonLanguages(settings.welshLanguageStandards());
    }

    @Override
    protected void post() {
        if (!allowed("PUBLISHER")) {
            return;
        }
        String prefix = switch (String.valueOf(parameter("action"))) {
            case "close" -> "close";
            case "withdraw" -> "withdraw";
            default -> "extend";
        };
        for (String field : List.of("extend-day", "extend-month", "extend-year", "extend-reason-en", "extend-reason-cy",
                "close-reason-en", "close-reason-cy", "withdraw-reason-en", "withdraw-reason-cy")) {
            typed.put(field, typed(field));
        }
        var reasons = Map.of("en", typed.get(prefix + "-reason-en"), "cy", typed.get(prefix + "-reason-cy"));
        LocalDate lastDay = null;
        if (prefix.equals("extend")) {
            try {
                lastDay = LocalDate.of(Integer.parseInt(typed.get("extend-year").trim()),
                        Integer.parseInt(typed.get("extend-month").trim()), Integer.parseInt(typed.get("extend-day").trim()));
            } catch (NumberFormatException | DateTimeException e) {
                problem("extend-day", "publish.error.closes");
            }
        }
        for (String language : List.of("en", "cy")) {
            if (FormRules.length(typed.get(prefix + "-reason-" + language)) > REASON_MAX) {
                problem(prefix + "-reason-" + language, "window.error.reasonTooLong");
            }
        }
        for (String language : reasonLanguages) {
            if (typed.get(prefix + "-reason-" + language).isBlank()) {
                problem(prefix + "-reason-" + language, TranslatedContent.ENGLISH.equals(language)
                        ? "consultation.rule.changeNeedsReason" : "consultation.rule.changeNeedsWelshReason");
            }
        }
        if (hasErrors()) {
            return;
        }
        String slug = consultation.getSlug();
        try {
            switch (prefix) {
                case "extend" -> editing.extend(slug, lastDay, reasons, staffMember());
                case "withdraw" -> editing.withdraw(slug, reasons, staffMember());
                default -> editing.closeEarly(slug, reasons, staffMember());
            }
        } catch (EJBException e) {
            if (e.getCause() instanceof ConsultationRuleViolation violation) {
                problem(fieldFor(prefix, violation), violation.messageKey());
                return;
            }
            throw e;
        } catch (ConsultationRuleViolation violation) {
            problem(fieldFor(prefix, violation), violation.messageKey());
            return;
        }
        redirectTo("/staff/consultations?" + (prefix.equals("withdraw") ? "withdrawn=" : "changed=")
                + URLEncoder.encode(slug, StandardCharsets.UTF_8));
    }

    private static String fieldFor(String prefix, ConsultationRuleViolation violation) {
        return switch (violation.messageKey()) {
            case "consultation.rule.changeNeedsReason" -> prefix + "-reason-en";
            case "consultation.rule.changeNeedsWelshReason" -> prefix + "-reason-cy";
            default -> prefix.equals("extend") ? "extend-day" : prefix + "-reason-en";
        };
    }

    public String getSlug() {
        return consultation.getSlug();
    }

    public String getTitle() {
        return consultation.textIn("en").getTitle();
    }

    public boolean isOpen() {
        return consultation.statusAt(consultations.now()) == ConsultationStatus.OPEN;
    }

    public boolean isClosed() {
        return consultation.refusesAnswersAt(consultations.now());
    }

    public boolean isWithdrawn() {
        return consultation.isWithdrawn();
    }

    public String getClosingDay() {
        return consultation.getWindow().closingDay().toString();
    }

    /** Whether there is a Welsh page to give the reason on: the consultation is written in Welsh. */
    public boolean isWrittenInWelsh() {
        return consultation.hasTextIn(Consultation.WELSH);
    }

    public boolean isWelshReasonNeeded() {
        return reasonLanguages.contains(Consultation.WELSH);
    }

    public String value(String field) {
        return typed.getOrDefault(field, "");
    }

}
