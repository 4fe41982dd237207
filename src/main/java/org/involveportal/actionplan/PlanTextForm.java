package org.involveportal.actionplan;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.involveportal.i18n.Language;

/**
 * A plan's title and summary as typed, in each language of the portal: English required, the others (Welsh first)
 * optional, a language's title and summary both or neither; with the problems by field. Readers of a language not
 * written get English, marked as English.
 */
public final class PlanTextForm {

    /** The languages staff write a plan's title and summary in, English first. */
    public static final List<String> LANGUAGES = Language.tags();

    private final Map<String, String> values = new LinkedHashMap<>();

    public static PlanTextForm from(HttpServletRequest request) {
        var form = new PlanTextForm();
        for (String language : LANGUAGES) {
            form.values.put("title-" + language, trimmed(request.getParameter("title-" + language)));
            form.values.put("summary-" + language, trimmed(request.getParameter("summary-" + language)));
        }
        return form;
    }

    public static PlanTextForm of(ActionPlan plan) {
        var form = new PlanTextForm();
        for (String language : LANGUAGES) {
            boolean written = plan.hasTextIn(language);
            form.values.put("title-" + language, written ? plan.textIn(language).getTitle() : "");
            form.values.put("summary-" + language, written ? plan.textIn(language).getSummary() : "");
        }
        return form;
    }

    public static PlanTextForm empty() {
        var form = new PlanTextForm();
        LANGUAGES.forEach(l -> {
            form.values.put("title-" + l, "");
            form.values.put("summary-" + l, "");
        });
        return form;
    }

    /** The problems by field: English required; a language's title and summary go together; lengths. */
    public Map<String, String> problems() {
        var problems = new LinkedHashMap<String, String>();
        for (String language : LANGUAGES) {
            String title = values.get("title-" + language);
            String summary = values.get("summary-" + language);
            boolean required = "en".equals(language) || !title.isEmpty() || !summary.isEmpty();
            if (required && title.isEmpty()) {
                problems.put("title-" + language, "actionPlanEditor.error.title");
            } else if (title.length() > ActionPlanText.TITLE_MAX) {
                problems.put("title-" + language, "actionPlanEditor.error.titleTooLong");
            }
            if (required && summary.isEmpty()) {
                problems.put("summary-" + language, "actionPlanEditor.error.summary");
            } else if (summary.length() > ActionPlanText.SUMMARY_MAX) {
                problems.put("summary-" + language, "actionPlanEditor.error.summaryTooLong");
            }
        }
        return problems;
    }

    /** The words by language, for the languages written. */
    public Map<String, ActionPlanText> texts() {
        var texts = new LinkedHashMap<String, ActionPlanText>();
        for (String language : LANGUAGES) {
            String title = values.get("title-" + language);
            if (!title.isEmpty()) {
                texts.put(language, new ActionPlanText(title, values.get("summary-" + language)));
            }
        }
        return texts;
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public List<String> getLanguages() {
        return LANGUAGES;
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }
}
