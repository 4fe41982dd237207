package org.involveportal.response;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One value of a draft's answer, as typed: a question with several values has several. */
@Embeddable
public class DraftAnswer {

    @Column(name = "question_id", nullable = false)
    private long questionId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "value", nullable = false, columnDefinition = "TEXT")
    private String value;

    protected DraftAnswer() {
        // for JPA
    }

    DraftAnswer(long questionId, int position, String value) {
        this.questionId = questionId;
        this.position = position;
        this.value = value;
    }

    long getQuestionId() {
        return questionId;
    }

    int getPosition() {
        return position;
    }

    String getValue() {
        return value;
    }
}
