package org.involveportal.web.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems of a posted form, by field id in form order, each a bundle key: what the error
 * summary (tag {@code i:errorSummary}) and the messages beside the fields ({@code i:error}) show.
 * Page beans extend this.
 */
public abstract class FormProblems {

    private final Map<String, String> problems = new LinkedHashMap<>();

    protected void problem(String field, String messageKey) {
        problems.putIfAbsent(field, messageKey);
    }

    protected void problems(Map<String, String> byField) {
        byField.forEach(this::problem);
    }

    public boolean hasErrors() {
        return !problems.isEmpty();
    }

    /** Field ids with problems, in form order, for the error summary. */
    public List<String> getErrorFields() {
        return List.copyOf(problems.keySet());
    }

    /** The bundle key of a field's problem, or null. */
    public String error(String field) {
        return problems.get(field);
    }
}
