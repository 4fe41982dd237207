package org.involveportal.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A group's words in one language. */
@Embeddable
public class GroupText {

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "purpose", nullable = false, length = 2000)
    private String purpose;

    protected GroupText() {
        // for JPA
    }

    public GroupText(String name, String purpose) {
        this.name = name;
        this.purpose = purpose;
    }

    public String getName() {
        return name;
    }

    public String getPurpose() {
        return purpose;
    }
}
