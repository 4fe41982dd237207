package org.involveportal.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A consultation's words in one language. */
@Embeddable
public class ConsultationText {

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "summary", nullable = false, length = 2000)
    private String summary;

    protected ConsultationText() {
        // for JPA
    }

    public ConsultationText(String title, String summary) {
        this.title = title;
        this.summary = summary;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }
}
