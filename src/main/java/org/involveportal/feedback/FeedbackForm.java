package org.involveportal.feedback;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.involveportal.consultation.ConsultationForm;
import org.involveportal.content.EasyReadForm;
import org.involveportal.content.TranslatedContent;
import org.involveportal.platform.FormRules;

/**
 * What a publisher types for "You said, we did", per language: how many took part (plain text), then
 * what people said, what was decided, what could not be done and why, and what happens next (rich
 * text), with an easy-read version. Knows its own problems by field id and how complete each language is.
 */
public class FeedbackForm {

    static final int TOOK_PART_MAX = 2000;
    static final int PART_MAX = 50_000;
    static final List<String> PARTS = List.of("tookPart", "peopleSaid", "decided", "couldNot", "nextSteps");

    /** One language's words, by part name. */
    public static final class Words {
        private final Map<String, String> parts = new LinkedHashMap<>();

        Words() {
            PARTS.forEach(part -> parts.put(part, ""));
        }

        public String get(String part) {
            return parts.get(part);
        }

        public int getFilled() {
            return (int) parts.values().stream().filter(v -> !FormRules.isBlank(v)).count();
        }

        public int getParts() {
            return PARTS.size();
        }

        boolean isEmpty() {
            return getFilled() == 0;
        }
    }

    private final Map<String, Words> words = new LinkedHashMap<>();
    private EasyReadForm easyRead = new EasyReadForm(ConsultationForm.LANGUAGES);

    public FeedbackForm() {
        ConsultationForm.LANGUAGES.forEach(language -> words.put(language, new Words()));
    }

    public static FeedbackForm from(HttpServletRequest request) {
        var form = new FeedbackForm();
        form.words.forEach((language, w) -> PARTS.forEach(part -> {
            String value = request.getParameter(part + "-" + language);
            w.parts.put(part, value == null ? "" : value);
        }));
        form.easyRead = EasyReadForm.from(request, ConsultationForm.LANGUAGES);
        return form;
    }

    public static FeedbackForm from(FeedbackReport report) {
        var form = new FeedbackForm();
        form.words.forEach((language, w) -> {
            if (report.hasTextIn(language)) {
                var text = report.textIn(language);
                w.parts.put("tookPart", nonNull(text.getTookPart()));
                w.parts.put("peopleSaid", nonNull(text.getPeopleSaid()));
                w.parts.put("decided", nonNull(text.getDecided()));
                w.parts.put("couldNot", nonNull(text.getCouldNot()));
                w.parts.put("nextSteps", nonNull(text.getNextSteps()));
            }
        });
        form.easyRead = EasyReadForm.from(report.allEasyRead(), ConsultationForm.LANGUAGES);
        return form;
    }

    /** Puts in a language's "how many took part" words, as pulled from the responses. */
    public void fillTookPart(String language, String sentence) {
        words.get(language).parts.put("tookPart", sentence);
    }

    /** Problems by field id: only lengths and the pictures' alt text; what publishing needs is checked on publishing. */
    public Map<String, String> problems(List<String> knownPictures) {
        var problems = new LinkedHashMap<String, String>();
        words.forEach((language, w) -> PARTS.forEach(part -> {
            int max = part.equals("tookPart") ? TOOK_PART_MAX : PART_MAX;
            if (FormRules.length(w.get(part)) > max) {
                problems.put(part + "-" + language, "editor.error.tooLong");
            }
        }));
        easyRead.addProblems(problems, knownPictures);
        return problems;
    }

    /** The words as kept; null for a language left empty (never English). */
    FeedbackText textFor(String language) {
        var w = words.get(language);
        if (w.isEmpty() && !TranslatedContent.ENGLISH.equals(language)) {
            return null;
        }
        return new FeedbackText(w.get("tookPart"), w.get("peopleSaid"), w.get("decided"), w.get("couldNot"), w.get("nextSteps"));
    }

    public Words words(String language) {
        return words.get(language);
    }

    public List<String> getLanguages() {
        return ConsultationForm.LANGUAGES;
    }

    public List<String> getParts() {
        return PARTS;
    }

    public EasyReadForm getEasyRead() {
        return easyRead;
    }

    /** Whether a part is staff rich text (with the toolbar), not plain text. */
    public boolean isRich(String part) {
        return Stream.of("peopleSaid", "decided", "couldNot", "nextSteps").anyMatch(part::equals);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
