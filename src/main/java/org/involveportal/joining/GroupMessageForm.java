package org.involveportal.joining;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.involveportal.i18n.Language;
import org.involveportal.platform.FormRules;

/**
 * A message to a group's members as staff typed it: a subject and words in English, and in Welsh. Welsh
 * is needed when any member writes in Welsh (they are written to in Welsh, never less favourably); it is
 * all or nothing otherwise.
 */
public record GroupMessageForm(String subjectEnglish, String bodyEnglish, String subjectWelsh, String bodyWelsh) {

    public static final int SUBJECT_MAX = 200;
    public static final int BODY_MAX = 5000;

    public GroupMessageForm {
        subjectEnglish = trimmed(subjectEnglish);
        bodyEnglish = trimmed(bodyEnglish);
        subjectWelsh = trimmed(subjectWelsh);
        bodyWelsh = trimmed(bodyWelsh);
    }

    public static GroupMessageForm from(HttpServletRequest request) {
        return new GroupMessageForm(request.getParameter("subject-en"), request.getParameter("body-en"),
                request.getParameter("subject-cy"), request.getParameter("body-cy"));
    }

    public static GroupMessageForm empty() {
        return new GroupMessageForm(null, null, null, null);
    }

    /** Bundle keys of the problems by field id, in form order; empty when it can be sent. */
    public Map<String, String> problems(boolean welshNeeded) {
        var problems = new LinkedHashMap<String, String>();
        check(problems, "en", subjectEnglish, bodyEnglish, true);
        check(problems, "cy", subjectWelsh, bodyWelsh, welshNeeded || subjectWelsh != null || bodyWelsh != null);
        return problems;
    }

    private static void check(Map<String, String> problems, String language, String subject, String body, boolean needed) {
        String welsh = "cy".equals(language) ? "Welsh" : "";
        if (subject == null) {
            if (needed) {
                problems.put("subject-" + language, "groupMessage.error.subject" + welsh);
            }
        } else if (subject.length() > SUBJECT_MAX) {
            problems.put("subject-" + language, "groupMessage.error.subjectTooLong");
        }
        if (body == null) {
            if (needed) {
                problems.put("body-" + language, "groupMessage.error.body" + welsh);
            }
        } else if (body.length() > BODY_MAX) {
            problems.put("body-" + language, "groupMessage.error.bodyTooLong");
        }
    }

    public String subject(Language language) {
        return language == Language.WELSH ? subjectWelsh : subjectEnglish;
    }

    public String body(Language language) {
        return language == Language.WELSH ? bodyWelsh : bodyEnglish;
    }

    private static String trimmed(String value) {
        return FormRules.isBlank(value) ? null : value.strip();
    }
}
