package org.involveportal.register;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Who an invitation went to, how (EMAIL, POST or PHONE, as a group message reaches them) and in which language. */
@Embeddable
public class InvitationRecipient {

    @Column(name = "resident_id", nullable = false)
    private long residentId;

    @Column(name = "way", nullable = false, length = 10)
    private String way;

    @Column(name = "language", nullable = false, length = 10)
    private String language;

    protected InvitationRecipient() {
        // for JPA
    }

    InvitationRecipient(long residentId, String way, String language) {
        this.residentId = residentId;
        this.way = way;
        this.language = language;
    }

    public long getResidentId() {
        return residentId;
    }

    public String getWay() {
        return way;
    }

    public String getLanguage() {
        return language;
    }
}
