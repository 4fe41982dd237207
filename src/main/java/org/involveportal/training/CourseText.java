package org.involveportal.training;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.involveportal.content.LanguageText;

/** A course's words in one language. Values are immutable: change one by putting a new instance. */
@Embeddable
public class CourseText implements LanguageText {

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "description", nullable = false, length = 2000)
    private String description;

    protected CourseText() {
        // for JPA
    }

    public CourseText(String title, String description) {
        this.title = title.trim();
        this.description = description.trim();
    }

    @Override
    public Map<String, String> parts() {
        var parts = new LinkedHashMap<String, String>();
        parts.put("TITLE", title);
        parts.put("DESCRIPTION", description);
        return parts;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }
}
