package org.involveportal.report;

import jakarta.ejb.ApplicationException;

/** A report cannot be published as asked; the message is a bundle key saying why (nothing is written). */
@ApplicationException(rollback = true)
public class ReportRuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReportRuleViolation(String key) {
        super(key);
    }

    public String key() {
        return getMessage();
    }
}
