package org.involveportal.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One option's label in one language. Options are identified by {@code number} (1, 2, ...), the same
 * in every language, so answers do not depend on the language they were given in.
 */
@Embeddable
public class QuestionOption {

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "language", nullable = false, length = 16)
    private String language;

    @Column(name = "label", nullable = false, length = 300)
    private String label;

    protected QuestionOption() {
        // for JPA
    }

    public QuestionOption(int number, String language, String label) {
        this.number = number;
        this.language = language;
        this.label = label;
    }

    public int getNumber() {
        return number;
    }

    public String getLanguage() {
        return language;
    }

    public String getLabel() {
        return label;
    }
}
