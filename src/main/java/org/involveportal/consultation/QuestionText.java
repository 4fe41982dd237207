package org.involveportal.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A question's words in one language: the question and its hint. */
@Embeddable
public class QuestionText {

    @Column(name = "text", nullable = false, length = 500)
    private String text;

    @Column(name = "hint", length = 1000)
    private String hint;

    protected QuestionText() {
        // for JPA
    }

    public QuestionText(String text, String hint) {
        this.text = text;
        this.hint = hint;
    }

    public String getText() {
        return text;
    }

    public String getHint() {
        return hint;
    }
}
