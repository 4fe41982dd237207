package org.involveportal.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A document published with a consultation, in one language: what it is, where, format and size. */
@Embeddable
public class ConsultationDocument {

    @Column(name = "language", nullable = false, length = 16)
    private String language;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "url", nullable = false, length = 1000)
    private String url;

    @Column(name = "format", nullable = false, length = 20)
    private String format;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    protected ConsultationDocument() {
        // for JPA
    }

    public ConsultationDocument(String language, String title, String url, String format, long sizeBytes) {
        this.language = language;
        this.title = title;
        this.url = url;
        this.format = format;
        this.sizeBytes = sizeBytes;
    }

    public String getLanguage() {
        return language;
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }

    public String getFormat() {
        return format;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }
}
