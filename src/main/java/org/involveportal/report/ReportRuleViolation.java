package org.involveportal.report;

/** A report cannot be published as asked; the message is a bundle key saying why. */
public class ReportRuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReportRuleViolation(String key) {
        super(key);
    }

    public String key() {
        return getMessage();
    }
}
