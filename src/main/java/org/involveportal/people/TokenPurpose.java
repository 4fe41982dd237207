package org.involveportal.people;

import java.time.Duration;

/** What a token sent by email is for, and how long it lasts. Stored by name. */
public enum TokenPurpose {
    /** Proves the email address given at sign-up is the person's: a day to find the email. */
    VERIFY_EMAIL(Duration.ofHours(24)),
    /** Signs in without a password: short, as anyone who sees the email could use it. */
    SIGN_IN(Duration.ofMinutes(15)),
    /** Stops the "Keep me informed" digest, from the link in one: lasts until after the next is due. */
    STOP_DIGEST(Duration.ofDays(60));

    private final Duration lifetime;

    TokenPurpose(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
