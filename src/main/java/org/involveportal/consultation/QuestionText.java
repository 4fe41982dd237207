package org.involveportal.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.involveportal.content.LanguageText;

/** A question's words in one language: the question and its hint. */
@Embeddable
public class QuestionText implements LanguageText {

    @Column(name = "text", nullable = false, length = 500)
    private String text;

    @Column(name = "hint", length = 1000)
    private String hint;

    protected QuestionText() {
        // for JPA
    }

    @Override
    public Map<String, String> parts() {
        var parts = new LinkedHashMap<String, String>();
        parts.put("QUESTION_TEXT", text);
        parts.put("QUESTION_HINT", hint);
        return parts;
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
