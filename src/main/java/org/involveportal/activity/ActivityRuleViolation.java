package org.involveportal.activity;

import jakarta.ejb.ApplicationException;

/** A rule of activities a request broke; its message key says why, in the reader's language. */
@ApplicationException(rollback = true)
public class ActivityRuleViolation extends RuntimeException {

    private final String messageKey;

    public ActivityRuleViolation(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
