package org.involveportal.response;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;
import org.involveportal.consultation.Question;

/**
 * One value of a sent answer, shaped for counting in the database: a chosen option is
 * {@code optionNumber}; a rating is {@code numberValue}; a ranking is one row per option with its
 * rank in {@code numberValue}; free text is {@code textValue}.
 */
@Embeddable
public class ResponseAnswer {

    @Column(name = "question_id", nullable = false)
    private long questionId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "option_number")
    private Integer optionNumber;

    @Column(name = "number_value")
    private Integer numberValue;

    @Column(name = "text_value", columnDefinition = "TEXT")
    private String textValue;

    protected ResponseAnswer() {
        // for JPA
    }

    private ResponseAnswer(long questionId, int position, Integer optionNumber, Integer numberValue, String textValue) {
        this.questionId = questionId;
        this.position = position;
        this.optionNumber = optionNumber;
        this.numberValue = numberValue;
        this.textValue = textValue;
    }

    /** The rows for one valid answer to a question (see {@link Question#problemWith}). */
    static List<ResponseAnswer> of(Question question, List<String> values) {
        var rows = new ArrayList<ResponseAnswer>();
        long id = question.getId();
        switch (question.getType()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                for (int i = 0; i < values.size(); i++) {
                    rows.add(new ResponseAnswer(id, i, Integer.parseInt(values.get(i).trim()), null, null));
                }
            }
            case RATING -> rows.add(new ResponseAnswer(id, 0, null, Integer.parseInt(values.get(0).trim()), null));
            case RANKING -> {
                for (int i = 0; i < values.size(); i++) {
                    rows.add(new ResponseAnswer(id, i, i + 1, Integer.parseInt(values.get(i).trim()), null));
                }
            }
            case FREE_TEXT -> rows.add(new ResponseAnswer(id, 0, null, null, values.get(0)));
            default -> throw new IllegalStateException("Unknown question type " + question.getType());
        }
        return rows;
    }

    public long getQuestionId() {
        return questionId;
    }

    public Integer getOptionNumber() {
        return optionNumber;
    }

    public Integer getNumberValue() {
        return numberValue;
    }

    public String getTextValue() {
        return textValue;
    }
}
