package org.involveportal.forum;

/** A forum rule was broken; the message is the bundle key that explains it to the person. */
public class ForumRuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ForumRuleViolation(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
