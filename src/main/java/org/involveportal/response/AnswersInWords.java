package org.involveportal.response;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.involveportal.consultation.Question;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.Messages;

/**
 * A draft's answers as a person reads them back, on "check your answers" (with links to change each)
 * and on the "closed" page: who they answer as, each question with its answer in words, and how they
 * want to hear back. Option numbers become their labels, a rating "4 out of 5", a ranking a list in order.
 */
public final class AnswersInWords {

    /** One row of the summary: a question in the language its words are in, the answer's lines, where to change it. */
    public record AnswerRow(String id, String question, Language language, List<String> lines, String changeHref) {
    }

    private final ResponseDraft draft;
    private final Messages messages;
    private final String reader;
    private final UnaryOperator<String> stepHref;

    /** The summary of a draft for a reader; {@code stepHref} gives the address of a step of the draft. */
    public AnswersInWords(ResponseDraft draft, Messages messages, String reader, UnaryOperator<String> stepHref) {
        this.draft = draft;
        this.messages = messages;
        this.reader = reader;
        this.stepHref = stepHref;
    }

    /** Where to change one step's answer and come back to "check your answers". */
    public String changeHref(String step) {
        return stepHref.apply(step) + "?from=check";
    }

    public String getAnsweringAs() {
        return draft.getAnsweringAs() == null ? null : messages.text("answeringAs." + draft.getAnsweringAs().name());
    }

    public List<AnswerRow> getRows() {
        var rows = new ArrayList<AnswerRow>();
        for (Question question : draft.getConsultation().getQuestions()) {
            rows.add(new AnswerRow("change-q" + question.getId(), question.textIn(reader).getText(),
                    question.languageShownTo(reader), inWords(question, draft.answerTo(question.getId())),
                    changeHref(Journey.questionsStep(question.getPage())) + "#" + QuestionView.anchor(question)));
        }
        return rows;
    }

    /** The contact choice in words: anonymous, or the way and the detail. */
    public List<String> getContact() {
        var contact = draft.getContact();
        if (contact.getWay() == null) {
            return List.of();
        }
        if (contact.getWay() == ContactDetails.Way.NONE) {
            return List.of(messages.text("contact.way.NONE"));
        }
        var lines = new ArrayList<String>();
        lines.add(messages.text("contact.way." + contact.getWay().name()));
        lines.add(String.valueOf(contact.getName()));
        lines.add(String.valueOf(switch (contact.getWay()) {
            case EMAIL -> contact.getEmail();
            case PHONE -> contact.getPhone();
            case POST -> contact.getAddress();
            case NONE -> "";
        }));
        return lines;
    }

    /** An answer in words: option labels, "4 out of 5", a ranking in order, or the text as typed. */
    private List<String> inWords(Question question, List<String> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        var labels = question.optionLabels(reader);
        return switch (question.getType()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> values.stream().map(v -> labelOf(labels, v)).toList();
            case RATING -> List.of(messages.format2("answer.rating.shown", "value", values.get(0), "max", question.getScaleMax()));
            case RANKING -> {
                var ranked = new ArrayList<String>();
                for (int rank = 1; rank <= labels.size(); rank++) {
                    int index = values.indexOf(String.valueOf(rank));
                    if (index >= 0 && index < labels.size()) {
                        ranked.add(rank + ". " + labels.get(index));
                    }
                }
                yield ranked.isEmpty() ? values : ranked;
            }
            case FREE_TEXT -> List.of(values.get(0));
        };
    }

    private static String labelOf(List<String> labels, String value) {
        try {
            int number = Integer.parseInt(value.trim());
            return number >= 1 && number <= labels.size() ? labels.get(number - 1) : value;
        } catch (NumberFormatException e) {
            return value;
        }
    }
}
