package org.involveportal.people;

/** A way a resident is happy to be contacted. Names: involvement.contact.<NAME>. */
public enum ContactWay {
    EMAIL,
    PHONE,
    TEXT,
    POST;

    /** Phone calls and text messages both need a phone number. */
    public boolean needsPhone() {
        return this == PHONE || this == TEXT;
    }
}
