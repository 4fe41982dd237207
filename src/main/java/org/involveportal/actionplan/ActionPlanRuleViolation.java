package org.involveportal.actionplan;

import jakarta.ejb.ApplicationException;

/**
 * A change an action plan's rules refuse, with the message key that says why in the reader's language. Thrown from a
 * service it rolls the transaction back and reaches the page as itself, so the page shows the message beside the field.
 */
@ApplicationException(rollback = true)
public class ActionPlanRuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public ActionPlanRuleViolation(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
