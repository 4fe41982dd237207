package org.involveportal.content;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One idea of a consultation's easy-read version: a short text, and a picture with its alt text. */
@Embeddable
public class EasyReadIdea {

    @Column(name = "language", nullable = false, length = 16)
    private String language;

    @Column(name = "text", nullable = false, length = 500)
    private String text;

    /** A picture of static/pictures (its name, e.g. "speech"). */
    @Column(name = "picture", nullable = false, length = 80)
    private String picture;

    @Column(name = "alt_text", nullable = false, length = 300)
    private String altText;

    protected EasyReadIdea() {
        // for JPA
    }

    public EasyReadIdea(String language, String text, String picture, String altText) {
        this.language = language;
        this.text = text;
        this.picture = picture;
        this.altText = altText;
    }

    public String getLanguage() {
        return language;
    }

    public String getText() {
        return text;
    }

    public String getPicture() {
        return picture;
    }

    public String getAltText() {
        return altText;
    }
}
