package org.involveportal.response;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.involveportal.consultation.Question;
import org.involveportal.consultation.QuestionType;
import org.involveportal.i18n.Language;

/**
 * One question as shown for answering: its words in the reader's language, the values given and any
 * problem. The same online and when staff enter a response from paper, phone or an event, and so is
 * reading the posted fields ({@link #posted}).
 */
public record QuestionView(Question question, String text, String hint, Language language, List<String> values,
                           String problem, List<OptionView> options, String picture, String pictureAlt) {

    /** One option of a question: its number, its label, and for ranking the rank the person gave it. */
    public record OptionView(int number, String label, String rank) {
    }

    /** The view of a question with these values; problems are looked up by field id (the anchor). */
    public static QuestionView of(Question question, String reader, List<String> values, Function<String, String> problemOfField) {
        return of(question, reader, false, values, problemOfField);
    }

    /**
     * As {@link #of(Question, String, List, Function)}; in easy read, the question's easy-read wording where
     * written in the language shown, and its picture with what it shows in that language.
     */
    public static QuestionView of(Question question, String reader, boolean easyRead, List<String> values,
            Function<String, String> problemOfField) {
        var text = question.textIn(reader);
        boolean easyWords = easyRead && text.getEasyRead() != null;
        String picture = easyRead && text.getEasyReadAlt() != null ? question.getEasyReadPicture() : null;
        var labels = question.optionLabels(reader);
        var options = new ArrayList<OptionView>();
        for (int i = 0; i < labels.size(); i++) {
            String rank = question.getType() == QuestionType.RANKING && i < values.size() ? values.get(i) : "";
            options.add(new OptionView(i + 1, labels.get(i), rank));
        }
        return new QuestionView(question, easyWords ? text.getEasyRead() : text.getText(), text.getHint(),
                question.languageShownTo(reader), values,
                problemOfField.apply(anchor(question)), options, picture, picture == null ? null : text.getEasyReadAlt());
    }

    /** The values posted for a question, as its fields name them. */
    public static List<String> posted(HttpServletRequest request, Question question) {
        String name = "q" + question.getId();
        return switch (question.getType()) {
            case MULTIPLE_CHOICE -> {
                var values = request.getParameterValues(name);
                yield values == null ? List.of() : List.of(values);
            }
            case RANKING -> {
                var ranks = new ArrayList<String>();
                for (int option = 1; option <= question.optionCount(); option++) {
                    String rank = request.getParameter(name + "-" + option);
                    ranks.add(rank == null ? "" : rank);
                }
                // an untouched ranking is no answer, not a wrong one
                yield ranks.stream().allMatch(String::isBlank) ? List.of() : ranks;
            }
            default -> {
                String value = request.getParameter(name);
                yield value == null ? List.of() : List.of(value);
            }
        };
    }

    /** Where the error summary links to: the first field of the question. */
    public static String anchor(Question question) {
        return question.getType() == QuestionType.FREE_TEXT ? "q" + question.getId() : "q" + question.getId() + "-1";
    }

    public String getId() {
        return "q" + question.getId();
    }

    public String getAnchor() {
        return anchor(question);
    }

    public String getType() {
        return question.getType().name();
    }

    public String getValue() {
        return values.isEmpty() ? "" : values.get(0);
    }

    public List<Integer> getScale() {
        var scale = new ArrayList<Integer>();
        for (int n = 1; n <= question.getScaleMax(); n++) {
            scale.add(n);
        }
        return scale;
    }

    /** The places a ranking offers: 1 to the number of options. */
    public List<Integer> getRanks() {
        var ranks = new ArrayList<Integer>();
        for (int n = 1; n <= options.size(); n++) {
            ranks.add(n);
        }
        return ranks;
    }

    public boolean isChosen(int number) {
        return values.contains(String.valueOf(number));
    }
}
