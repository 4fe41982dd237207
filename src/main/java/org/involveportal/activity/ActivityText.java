package org.involveportal.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.involveportal.content.LanguageText;

/** An activity's words in one language. Values are immutable: change one by putting a new instance. */
@Embeddable
public class ActivityText implements LanguageText {

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "summary", nullable = false, length = 2000)
    private String summary;

    @Column(name = "venue", length = 500)
    private String venue;

    @Column(name = "access", length = 2000)
    private String access;

    protected ActivityText() {
        // for JPA
    }

    public ActivityText(String title, String summary, String venue, String access) {
        this.title = title.trim();
        this.summary = summary.trim();
        this.venue = blankToNull(venue);
        this.access = blankToNull(access);
    }

    @Override
    public Map<String, String> parts() {
        var parts = new LinkedHashMap<String, String>();
        parts.put("TITLE", title);
        parts.put("SUMMARY", summary);
        parts.put("VENUE", venue);
        parts.put("ACCESS", access);
        return parts;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getVenue() {
        return venue;
    }

    public String getAccess() {
        return access;
    }
}
