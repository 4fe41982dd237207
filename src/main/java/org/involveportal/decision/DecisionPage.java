package org.involveportal.decision;

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
import org.involveportal.consultation.Consultation;
import org.involveportal.consultation.ConsultationRuleViolation;
import org.involveportal.consultation.ConsultationService;
import org.involveportal.platform.FormRules;
import org.involveportal.web.page.PageBean;

/**
 * After a consultation closes (staff, publisher role): the analysis published (when, where, by whom) and the
 * decision (who decided, when, in which meeting, a link to the minutes, the decision in English and Welsh). Both
 * appear on the consultation's trail; the rules are the decision's own, so a forged post cannot date one early.
 */
@Named
@RequestScoped
public class DecisionPage extends PageBean {

    static final int WHO_MAX = 200;
    static final int LINK_MAX = 500;
    static final int WORDS_MAX = 4000;

    @Inject
    private ConsultationService consultations;

    @Inject
    private DecisionService decisions;

    private Consultation consultation;
    private final Map<String, String> typed = new LinkedHashMap<>();
    private String saved;

    @Override
    protected void load() {
        String slug = parameter("c");
        consultation = slug == null ? null : consultations.findAnyBySlug(slug).filter(Consultation::isPublished).orElse(null);
        if (consultation == null) {
            notFound();
            return;
        }
        saved = parameter("saved");
        var decision = decisions.find(consultation.getId()).orElse(null);
        if (decision != null && decision.isAnalysisPublished()) {
            putDay("analysis", decision.getAnalysisPublishedOn());
            typed.put("analysis-link", decision.getAnalysisLink());
            typed.put("analysis-by", decision.getAnalysisBy());
        }
        if (decision != null && decision.isDecided()) {
            putDay("decided", decision.getDecidedOn());
            typed.put("decided-by", decision.getDecidedBy());
            typed.put("meeting", decision.getMeeting());
            typed.put("minutes-link", decision.getMinutesLink());
            typed.put("decision-en", nonNull(decision.decisionIn("en")));
            typed.put("decision-cy", nonNull(decision.decisionIn("cy")));
        }
    }

    @Override
    protected void post() {
        if (!allowed("PUBLISHER")) {
            return; // only publishers record decisions, whatever a forged post says
        }
        String action = parameter("action");
        if (!"analysis".equals(action) && !"decision".equals(action)) {
            badRequest();
            return;
        }
        for (String field : List.of("analysis-day", "analysis-month", "analysis-year", "analysis-link", "analysis-by",
                "decided-by", "decided-day", "decided-month", "decided-year", "meeting", "minutes-link", "decision-en", "decision-cy")) {
            typed.put(field, typed(field));
        }
        String slug = consultation.getSlug();
        try {
            if ("analysis".equals(action)) {
                LocalDate day = day("analysis", "decision.error.analysisDay");
                tooLong("analysis-link", LINK_MAX, "decision.error.linkTooLong");
                tooLong("analysis-by", WHO_MAX, "decision.error.whoTooLong");
                if (hasErrors()) {
                    return;
                }
                decisions.recordAnalysis(slug, day, typed.get("analysis-link"), typed.get("analysis-by"), staffMember());
            } else {
                LocalDate day = day("decided", "decision.error.decidedDay");
                tooLong("decided-by", WHO_MAX, "decision.error.whoTooLong");
                tooLong("meeting", WHO_MAX, "decision.error.whoTooLong");
                tooLong("minutes-link", LINK_MAX, "decision.error.linkTooLong");
                tooLong("decision-en", WORDS_MAX, "decision.error.wordsTooLong");
                tooLong("decision-cy", WORDS_MAX, "decision.error.wordsTooLong");
                if (hasErrors()) {
                    return;
                }
                decisions.recordDecision(slug, typed.get("decided-by"), day, typed.get("meeting"), typed.get("minutes-link"),
                        Map.of("en", typed.get("decision-en"), "cy", typed.get("decision-cy")), staffMember());
            }
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
        redirectTo("/staff/consultation-decision?c=" + URLEncoder.encode(slug, StandardCharsets.UTF_8) + "&saved=" + action);
    }

    private static String fieldFor(ConsultationRuleViolation violation) {
        return switch (violation.messageKey()) {
            case "decision.rule.analysisDay" -> "analysis-day";
            case "decision.rule.analysisLink" -> "analysis-link";
            case "decision.rule.analysisBy" -> "analysis-by";
            case "decision.rule.decidedBy" -> "decided-by";
            case "decision.rule.decidedOn" -> "decided-day";
            case "decision.rule.meeting" -> "meeting";
            case "decision.rule.minutesLink" -> "minutes-link";
            case "decision.rule.englishNeeded" -> "decision-en";
            default -> "closed";
        };
    }

    private void tooLong(String field, int max, String key) {
        if (FormRules.length(typed.get(field)) > max) {
            problem(field, key);
        }
    }

    private void putDay(String name, LocalDate day) {
        typed.put(name + "-day", String.valueOf(day.getDayOfMonth()));
        typed.put(name + "-month", String.valueOf(day.getMonthValue()));
        typed.put(name + "-year", String.valueOf(day.getYear()));
    }

    private LocalDate day(String name, String key) {
        try {
            return LocalDate.of(Integer.parseInt(typed.get(name + "-year").trim()),
                    Integer.parseInt(typed.get(name + "-month").trim()), Integer.parseInt(typed.get(name + "-day").trim()));
        } catch (NumberFormatException | DateTimeException e) {
            problem(name + "-day", key);
            return null;
        }
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

    /** Whether the consultation has closed (and was not withdrawn): only then are analysis and decision recorded. */
    public boolean isClosed() {
        return !consultation.isWithdrawn() && consultation.getWindow().hasClosedAt(decisions.now());
    }

    /** "analysis" or "decision" after one was saved, else null. */
    public String getSaved() {
        return hasErrors() || !("analysis".equals(saved) || "decision".equals(saved)) ? null : saved;
    }

    public String value(String field) {
        return typed.getOrDefault(field, "");
    }
}
