package org.involveportal.training;

import jakarta.ejb.ApplicationException;

/** A rule of training a request broke; its message key says why, in the reader's language. */
@ApplicationException(rollback = true)
public class TrainingRuleViolation extends RuntimeException {

    private final String messageKey;

    public TrainingRuleViolation(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
