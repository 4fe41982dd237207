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

    /** The question in easy read (short sentences, everyday words), shown instead in easy-read mode; may be null. */
    @Column(name = "easy_read", length = 500)
    private String easyRead;

    /** What the question's picture shows, in this language, for people who cannot see it. */
    @Column(name = "easy_read_alt", length = 300)
    private String easyReadAlt;

    protected QuestionText() {
        // for JPA
    }

    @Override
    public Map<String, String> parts() {
        var parts = new LinkedHashMap<String, String>();
        parts.put("QUESTION_TEXT", text);
        parts.put("QUESTION_HINT", hint);
        parts.put("QUESTION_EASY_READ", easyRead);
        return parts;
    }

    public QuestionText(String text, String hint) {
        this.text = text;
        this.hint = hint;
    }

    /** The same words with an easy-read wording and the picture's alt text (either may be null). */
    public QuestionText withEasyRead(String wording, String pictureAlt) {
        var copy = new QuestionText(text, hint);
        copy.easyRead = wording;
        copy.easyReadAlt = pictureAlt;
        return copy;
    }

    public String getEasyRead() {
        return easyRead;
    }

    public String getEasyReadAlt() {
        return easyReadAlt;
    }

    public String getText() {
        return text;
    }

    public String getHint() {
        return hint;
    }
}
