package org.involveportal.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.involveportal.content.LanguageText;

/** A meeting's words in one language: its title (e.g. the theme) and details. */
@Embeddable
public class MeetingText implements LanguageText {

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "details", length = 2000)
    private String details;

    protected MeetingText() {
        // for JPA
    }

    @Override
    public Map<String, String> parts() {
        var parts = new LinkedHashMap<String, String>();
        parts.put("TITLE", title);
        parts.put("DETAILS", details);
        return parts;
    }

    public MeetingText(String title, String details) {
        this.title = title;
        this.details = details == null || details.isBlank() ? null : details.trim();
    }

    public String getTitle() {
        return title;
    }

    public String getDetails() {
        return details;
    }
}
