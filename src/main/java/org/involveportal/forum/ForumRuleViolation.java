package org.involveportal.forum;

import jakarta.ejb.ApplicationException;

/** A forum rule was broken; the message is the bundle key that explains it to the person. Thrown
 * from the services as it is (not wrapped), and the transaction is rolled back. */
@ApplicationException(rollback = true)
public class ForumRuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ForumRuleViolation(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
