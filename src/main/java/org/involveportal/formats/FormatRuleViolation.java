package org.involveportal.formats;

import jakarta.ejb.ApplicationException;

/** A change a request's rules do not allow; the message is a bundle key to show staff beside the form. */
@ApplicationException(rollback = true)
public class FormatRuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FormatRuleViolation(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
