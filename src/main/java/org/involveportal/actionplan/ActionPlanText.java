package org.involveportal.actionplan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.involveportal.content.LanguageText;

/** A plan's title and summary in one language. Values are immutable: change one by putting a new instance. */
@Embeddable
public class ActionPlanText implements LanguageText {

    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 2000;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "summary", nullable = false, length = SUMMARY_MAX)
    private String summary;

    protected ActionPlanText() {
        // for JPA
    }

    public ActionPlanText(String title, String summary) {
        this.title = title.strip();
        this.summary = summary.strip();
    }

    @Override
    public Map<String, String> parts() {
        var parts = new LinkedHashMap<String, String>();
        parts.put("TITLE", title);
        parts.put("SUMMARY", summary);
        return parts;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }
}
