package org.involveportal.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Lob;
import java.time.Instant;
import org.involveportal.platform.RichText;

/** A meeting's published minutes in one language, with an optional easy-read version; sanitised when made. */
@Embeddable
public class MeetingMinutes {

    @Lob
    @Column(name = "minutes_html", nullable = false)
    private String html;

    @Lob
    @Column(name = "easy_read_html")
    private String easyReadHtml;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected MeetingMinutes() {
        // for JPA
    }

    public MeetingMinutes(String html, String easyReadHtml, Instant publishedAt) {
        this.html = RichText.sanitise(html);
        this.easyReadHtml = easyReadHtml == null || easyReadHtml.isBlank() ? null : RichText.sanitise(easyReadHtml);
        this.publishedAt = publishedAt;
    }

    public String getHtml() {
        return html;
    }

    public String getEasyReadHtml() {
        return easyReadHtml;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
