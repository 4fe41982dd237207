package org.involveportal.expense;

import jakarta.ejb.ApplicationException;

/**
 * A claim or payment step the rules do not allow, named by the bundle key of the message that explains it. Nothing of
 * the step is kept: the transaction rolls back, and the page shows the message.
 */
@ApplicationException(rollback = true)
public class ExpenseRuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ExpenseRuleViolation(String messageKey) {
        super(messageKey, null, false, false);
    }

    public String messageKey() {
        return getMessage();
    }
}
