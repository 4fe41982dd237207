package org.involveportal.consultation;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.involveportal.platform.FormRules;
import org.involveportal.web.page.PageBean;

/**
 * The proposal and its equality impact assessment (staff, editor or publisher role): whether the proposal changes a
 * service, who proposes it, and the assessment's summary (English required, Welsh) with a link to its document. A
 * proposal that changes a service cannot be published without it; the rules are the consultation's own.
 */
@Named
@RequestScoped
public class ImpactAssessmentPage extends PageBean {

    static final int WHO_MAX = 200;
    static final int SUMMARY_MAX = 4000;
    static final int LINK_MAX = 500;

    @Inject
    private ConsultationService consultations;

    @Inject
    private ConsultationEditing editing;

    private Consultation consultation;
    private final Map<String, String> typed = new LinkedHashMap<>();
    private boolean saved;

    @Override
    protected void load() {
        String slug = parameter("c");
        consultation = slug == null ? null : consultations.findAnyBySlug(slug).orElse(null);
        if (consultation == null) {
            notFound();
            return;
        }
        saved = "true".equals(parameter("saved"));
        typed.put("changes-service", consultation.isChangesService() ? "yes" : "");
        typed.put("proposed-by", nonNull(consultation.getProposedBy()));
        typed.put("eia-by", nonNull(consultation.getImpactAssessedBy()));
        typed.put("eia-summary-en", nonNull(consultation.impactAssessmentSummaryIn("en")));
        typed.put("eia-summary-cy", nonNull(consultation.impactAssessmentSummaryIn("cy")));
        typed.put("eia-document", nonNull(consultation.getImpactAssessmentDocument()));
    }

    @Override
    protected void post() {
        if (!allowed("EDITOR", "PUBLISHER")) {
            return;
        }
        for (String field : List.of("changes-service", "proposed-by", "eia-by", "eia-summary-en", "eia-summary-cy", "eia-document")) {
            typed.put(field, typed(field));
        }
        for (String field : List.of("proposed-by", "eia-by")) {
            if (FormRules.length(typed.get(field)) > WHO_MAX) {
                problem(field, "eia.error.whoTooLong");
            }
        }
        for (String field : List.of("eia-summary-en", "eia-summary-cy")) {
            if (FormRules.length(typed.get(field)) > SUMMARY_MAX) {
                problem(field, "eia.error.summaryTooLong");
            }
        }
        if (hasErrors()) {
            return;
        }
        String slug = consultation.getSlug();
        try {
            editing.recordImpactAssessment(slug, "yes".equals(typed.get("changes-service")), typed.get("proposed-by"),
                    typed.get("eia-by"), Map.of("en", typed.get("eia-summary-en"), "cy", typed.get("eia-summary-cy")),
                    typed.get("eia-document"), staffMember());
        } catch (EJBException e) {
            if (e.getCause() instanceof ConsultationRuleViolation violation) {
                problem(fieldFor(violation), violation.messageKey());
                return;
            }
            throw e;
        } catch (ConsultationRuleViolation violation) {
            problem(fieldFor(violation), violation.messageKey());
            return;
        }
        redirectTo("/staff/consultation-eia?c=" + URLEncoder.encode(slug, StandardCharsets.UTF_8) + "&saved=true");
    }

    private static String fieldFor(ConsultationRuleViolation violation) {
        return switch (violation.messageKey()) {
            case "consultation.rule.impactAssessmentDocument", "consultation.rule.impactAssessmentLink" -> "eia-document";
            default -> "eia-summary-en";
        };
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    public String getSlug() {
        return consultation.getSlug();
    }

    public String getTitle() {
        return consultation.textIn("en").getTitle();
    }

    public boolean isSaved() {
        return saved && !hasErrors();
    }

    /** Whether the saved proposal still needs its assessment before it can be published. */
    public boolean isAssessmentNeeded() {
        return consultation.needsImpactAssessment();
    }

    public boolean isWrittenInWelsh() {
        return consultation.hasTextIn(Consultation.WELSH);
    }

    public boolean isChecked() {
        return "yes".equals(typed.get("changes-service"));
    }

    public String value(String field) {
        return typed.getOrDefault(field, "");
    }
}
