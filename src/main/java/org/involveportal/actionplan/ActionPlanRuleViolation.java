package org.involveportal.actionplan;

/** A change an action plan's rules refuse, with the message key that says why in the reader's language. */
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
