package org.involveportal.digest;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.involveportal.platform.NotOnPublicPages;

/**
 * A digest made for a resident: when, how (EMAIL, or POST for the list staff print), in which language and what
 * it said. The newest says when the next is due, so a job run twice sends nothing twice.
 */
@Entity
@NotOnPublicPages
@Cacheable(false)
@Table(name = "digest_sent")
public class DigestSent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "resident_id", nullable = false)
    private long residentId;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "way", nullable = false, length = 10)
    private String way;

    @Column(name = "language", nullable = false, length = 10)
    private String language;

    @Column(name = "items", nullable = false)
    private int items;

    @Column(name = "contents", nullable = false)
    private String contents;

    protected DigestSent() {
        // for JPA
    }

    DigestSent(long residentId, Instant sentAt, String way, String language, int items, String contents) {
        this.residentId = residentId;
        this.sentAt = sentAt;
        this.way = way;
        this.language = language;
        this.items = items;
        this.contents = contents;
    }

    public Long getId() {
        return id;
    }

    public long getResidentId() {
        return residentId;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getWay() {
        return way;
    }

    public String getLanguage() {
        return language;
    }

    public int getItems() {
        return items;
    }

    public String getContents() {
        return contents;
    }

    public boolean isByEmail() {
        return "EMAIL".equals(way);
    }
}
