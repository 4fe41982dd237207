package org.involveportal.consultation;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.involveportal.content.TranslatedContent;
import org.involveportal.platform.FormRules;

/**
 * What staff type when writing one question: its kind, page and whether it must be answered, and in
 * each language the question, its hint and its options (one a line). Knows its own problems by field
 * id, and how complete each language is.
 */
public class QuestionForm {

    static final int TEXT_MAX = 500;
    static final int HINT_MAX = 1000;
    static final int OPTION_MAX = 300;
    static final int EASY_READ_ALT_MAX = 300;
    static final int OPTIONS_MAX = 20;
    static final int LENGTH_MAX = 10_000;
    static final int SCALE_MIN = 2;
    static final int SCALE_MAX = 10;

    /** One language's words for the question. */
    public static final class Words {
        private String text = "";
        private String hint = "";
        private String options = "";
        private String easyRead = "";
        private String easyReadAlt = "";

        public String getText() {
            return text;
        }

        public String getEasyRead() {
            return easyRead;
        }

        public String getEasyReadAlt() {
            return easyReadAlt;
        }

        public String getHint() {
            return hint;
        }

        /** The options as typed: one a line. */
        public String getOptions() {
            return options;
        }

        List<String> optionLines() {
            return Arrays.stream(options.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
        }

        boolean isEmpty() {
            return FormRules.isBlank(text) && FormRules.isBlank(hint) && optionLines().isEmpty()
                    && FormRules.isBlank(easyRead) && FormRules.isBlank(easyReadAlt);
        }
    }

    private String type = QuestionType.SINGLE_CHOICE.name();
    private String page = "1";
    private boolean required = true;
    private String maxLength = String.valueOf(Question.DEFAULT_MAX_LENGTH);
    private String scaleMax = "5";
    private String easyReadPicture = "";
    private final Map<String, Words> words = new LinkedHashMap<>();

    public QuestionForm() {
        ConsultationForm.LANGUAGES.forEach(language -> words.put(language, new Words()));
    }

    /** A new question's form: single choice, required, on the last page so far. */
    public static QuestionForm blank(Consultation consultation) {
        var form = new QuestionForm();
        form.page = String.valueOf(consultation.getQuestions().stream().mapToInt(Question::getPage).max().orElse(1));
        return form;
    }

    public static QuestionForm from(Question question) {
        var form = new QuestionForm();
        form.type = question.getType().name();
        form.page = String.valueOf(question.getPage());
        form.required = question.isRequired();
        form.maxLength = question.getMaxLength() == null ? String.valueOf(Question.DEFAULT_MAX_LENGTH) : String.valueOf(question.getMaxLength());
        form.scaleMax = question.getScaleMax() == null ? "5" : String.valueOf(question.getScaleMax());
        form.easyReadPicture = question.getEasyReadPicture() == null ? "" : question.getEasyReadPicture();
        for (String language : ConsultationForm.LANGUAGES) {
            var w = form.words.get(language);
            if (question.hasTextIn(language)) {
                var text = question.textIn(language);
                w.text = text.getText();
                w.hint = text.getHint() == null ? "" : text.getHint();
                w.easyRead = text.getEasyRead() == null ? "" : text.getEasyRead();
                w.easyReadAlt = text.getEasyReadAlt() == null ? "" : text.getEasyReadAlt();
            }
            w.options = String.join("\n", question.optionLabelsWrittenIn(language));
        }
        return form;
    }

    public static QuestionForm from(HttpServletRequest request) {
        var form = new QuestionForm();
        form.type = value(request, "type");
        form.page = value(request, "page");
        form.required = "true".equals(request.getParameter("required"));
        form.maxLength = value(request, "max-length");
        form.scaleMax = value(request, "scale-max");
        form.easyReadPicture = value(request, "easy-read-picture");
        for (String language : ConsultationForm.LANGUAGES) {
            var w = form.words.get(language);
            w.text = value(request, "text-" + language);
            w.hint = value(request, "hint-" + language);
            w.options = value(request, "options-" + language);
            w.easyRead = value(request, "easy-read-" + language);
            w.easyReadAlt = value(request, "easy-read-alt-" + language);
        }
        return form;
    }

    private static String value(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }

    /**
     * Problems by field id, in form order; empty when the question can be saved. A picture must be one of
     * {@code knownPictures}, and each language with easy-read wording says what the picture shows.
     */
    public Map<String, String> problems(List<String> knownPictures) {
        var problems = problems();
        boolean picture = !FormRules.isBlank(easyReadPicture);
        if (picture && !knownPictures.contains(easyReadPicture.strip())) {
            problems.put("easy-read-picture", "easyRead.check.picture");
        }
        for (String language : ConsultationForm.LANGUAGES) {
            var w = words.get(language);
            if (FormRules.length(w.easyRead) > TEXT_MAX) {
                problems.put("easy-read-" + language, "question.error.textLong");
            }
            if (FormRules.length(w.easyReadAlt) > EASY_READ_ALT_MAX) {
                problems.put("easy-read-alt-" + language, "easyRead.check.altTooLong");
            } else if (picture && !FormRules.isBlank(w.easyRead) && FormRules.isBlank(w.easyReadAlt)) {
                problems.put("easy-read-alt-" + language, "easyRead.check.alt");
            }
        }
        return problems;
    }

    /** Problems of the words and settings alone, by field id, in form order. */
    public Map<String, String> problems() {
        var problems = new LinkedHashMap<String, String>();
        var kind = questionType();
        if (kind == null) {
            problems.put("type", "question.error.type");
        }
        if (pageNumber() == null) {
            problems.put("page", "question.error.page");
        }
        // a field of another kind is not used, but is shown again: far too long to be a number is a problem
        if ((kind == QuestionType.FREE_TEXT || FormRules.length(maxLength) > 9) && number(maxLength, 1, LENGTH_MAX) == null) {
            problems.put("max-length", "question.error.maxLength");
        }
        if ((kind == QuestionType.RATING || FormRules.length(scaleMax) > 9) && number(scaleMax, SCALE_MIN, SCALE_MAX) == null) {
            problems.put("scale-max", "question.error.scale");
        }
        var english = words.get(TranslatedContent.ENGLISH);
        int englishOptions = english.optionLines().size();
        for (String language : ConsultationForm.LANGUAGES) {
            var w = words.get(language);
            boolean englishOne = language.equals(TranslatedContent.ENGLISH);
            if (!englishOne && w.isEmpty()) {
                continue; // not translated yet: residents see English
            }
            if (FormRules.isBlank(w.text)) {
                problems.put("text-" + language, englishOne ? "question.error.text" : "question.error.textTranslation");
            } else if (FormRules.length(w.text) > TEXT_MAX) {
                problems.put("text-" + language, "question.error.textLong");
            }
            if (FormRules.length(w.hint) > HINT_MAX) {
                problems.put("hint-" + language, "question.error.hintLong");
            }
            if (kind != null && usesOptions(kind)) {
                var lines = w.optionLines();
                if (englishOne && (lines.size() < 2 || lines.size() > OPTIONS_MAX)) {
                    problems.put("options-en", "question.error.options");
                } else if (!englishOne && lines.size() != englishOptions) {
                    problems.put("options-" + language, "question.error.optionsMatch");
                } else if (lines.stream().anyMatch(line -> FormRules.length(line) > OPTION_MAX)) {
                    problems.put("options-" + language, "question.error.optionLong");
                }
            }
        }
        return problems;
    }

    static boolean usesOptions(QuestionType kind) {
        return kind == QuestionType.SINGLE_CHOICE || kind == QuestionType.MULTIPLE_CHOICE || kind == QuestionType.RANKING;
    }

    /** A new question from a form without problems. */
    Question toQuestion() {
        var question = new Question(questionType(), pageNumber(), required, textFor(TranslatedContent.ENGLISH));
        return question;
    }

    /** Writes everything but the kind and settings into a question (the caller revises those first). */
    void applyWordsTo(Question question) {
        for (String language : ConsultationForm.LANGUAGES) {
            var w = words.get(language);
            boolean translated = language.equals(TranslatedContent.ENGLISH) || !w.isEmpty();
            question.replaceText(language, translated ? textFor(language) : null);
            question.replaceOptions(language, translated && usesOptions(questionType()) ? w.optionLines() : List.of());
        }
        question.setEasyReadPicture(orNull(easyReadPicture));
    }

    private QuestionText textFor(String language) {
        var w = words.get(language);
        return new QuestionText(w.text.strip(), orNull(w.hint)).withEasyRead(orNull(w.easyRead), orNull(w.easyReadAlt));
    }

    private static String orNull(String typed) {
        return FormRules.isBlank(typed) ? null : typed.strip();
    }

    public String getEasyReadPicture() {
        return easyReadPicture;
    }

    QuestionType questionType() {
        return Arrays.stream(QuestionType.values()).filter(t -> t.name().equals(type)).findFirst().orElse(null);
    }

    Integer pageNumber() {
        return number(page, 1, 50);
    }

    Integer maxLengthNumber() {
        return number(maxLength, 1, LENGTH_MAX);
    }

    Integer scaleNumber() {
        return number(scaleMax, SCALE_MIN, SCALE_MAX);
    }

    boolean isRequiredChecked() {
        return required;
    }

    private static Integer number(String value, int low, int high) {
        try {
            int n = Integer.parseInt(value.strip());
            return n >= low && n <= high ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public Words words(String language) {
        return words.get(language);
    }

    public String getType() {
        return type;
    }

    public String getPage() {
        return page;
    }

    public boolean isRequired() {
        return required;
    }

    public String getMaxLength() {
        return maxLength;
    }

    public String getScaleMax() {
        return scaleMax;
    }
}
