package org.involveportal.actionplan;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/** An action as typed by staff: theme, what, lead, timescale, status, outcome and what it comes from, with problems by field. */
public final class ActionForm {

    private String theme = "";
    private String what = "";
    private String lead = "";
    private String timescale = "";
    private String rag = "";
    private String outcome = "";
    private String consultation = "";
    private String feedback = "";
    private String group = "";

    public static ActionForm from(HttpServletRequest request) {
        var form = new ActionForm();
        form.theme = trimmed(request.getParameter("theme"));
        form.what = trimmed(request.getParameter("what"));
        form.lead = trimmed(request.getParameter("lead"));
        form.timescale = trimmed(request.getParameter("timescale"));
        form.rag = trimmed(request.getParameter("rag"));
        form.outcome = trimmed(request.getParameter("outcome"));
        form.consultation = trimmed(request.getParameter("consultation"));
        form.feedback = trimmed(request.getParameter("feedback"));
        form.group = trimmed(request.getParameter("group"));
        return form;
    }

    public static ActionForm of(PlanAction action, String themeTitle) {
        var form = new ActionForm();
        form.theme = themeTitle;
        form.what = action.getWhat();
        form.lead = action.getLead();
        form.timescale = action.timescale().cell();
        form.rag = action.getRag().name();
        form.outcome = action.getOutcome() == null ? "" : action.getOutcome();
        form.consultation = action.getConsultationId() == null ? "" : action.getConsultationId().toString();
        form.feedback = action.getFeedbackConsultationId() == null ? "" : action.getFeedbackConsultationId().toString();
        form.group = action.getGroupId() == null ? "" : action.getGroupId().toString();
        return form;
    }

    /** The problems by field; the theme and status only where asked (a new action has both, an edited one neither). */
    public Map<String, String> problems(boolean withThemeAndStatus) {
        var problems = new LinkedHashMap<String, String>();
        if (withThemeAndStatus) {
            if (theme.isEmpty()) {
                problems.put("theme", "actionPlanEditor.error.theme");
            } else if (theme.length() > PlanTheme.TITLE_MAX) {
                problems.put("theme", "actionPlanEditor.error.tooLong");
            }
        }
        if (what.isEmpty()) {
            problems.put("what", "actionPlanEditor.error.what");
        } else if (what.length() > PlanAction.WHAT_MAX) {
            problems.put("what", "actionPlanEditor.error.tooLong");
        }
        if (lead.isEmpty()) {
            problems.put("lead", "actionPlanEditor.error.lead");
        } else if (lead.length() > PlanAction.LEAD_MAX) {
            problems.put("lead", "actionPlanEditor.error.tooLong");
        }
        if (Timescale.parse(timescale).isEmpty()) {
            problems.put("timescale", "actionPlanEditor.error.timescale");
        }
        if (withThemeAndStatus && getRagValue() == null) {
            problems.put("rag", "actionPlanEditor.error.rag");
        }
        if (outcome.length() > PlanAction.OUTCOME_MAX) {
            problems.put("outcome", "actionPlanEditor.error.tooLong");
        }
        for (String field : new String[] {"consultation", "feedback", "group"}) {
            String value = switch (field) {
                case "consultation" -> consultation;
                case "feedback" -> feedback;
                default -> group;
            };
            if (!value.isEmpty() && id(value) == null) {
                problems.put(field, "actionPlanEditor.error.link");
            }
        }
        return problems;
    }

    static Long id(String value) {
        if (value == null || value.isEmpty() || !value.matches("[1-9][0-9]{0,17}")) {
            return null;
        }
        return Long.valueOf(value);
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }

    public Rag getRagValue() {
        try {
            return rag.isEmpty() ? null : Rag.valueOf(rag);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public Timescale getTimescaleValue() {
        return Timescale.parse(timescale).orElse(null);
    }

    public Long getConsultationId() {
        return id(consultation);
    }

    public Long getFeedbackId() {
        return id(feedback);
    }

    public Long getGroupId() {
        return id(group);
    }

    public String getTheme() {
        return theme;
    }

    public String getWhat() {
        return what;
    }

    public String getLead() {
        return lead;
    }

    public String getTimescale() {
        return timescale;
    }

    public String getRag() {
        return rag;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getConsultation() {
        return consultation;
    }

    public String getFeedback() {
        return feedback;
    }

    public String getGroup() {
        return group;
    }
}
