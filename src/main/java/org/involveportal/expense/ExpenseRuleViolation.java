package org.involveportal.expense;

/** A claim or payment step the rules do not allow, named by the bundle key of the message that explains it. */
public class ExpenseRuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ExpenseRuleViolation(String messageKey) {
        super(messageKey, null, false, false);
    }

    public String messageKey() {
        return getMessage();
    }
}
