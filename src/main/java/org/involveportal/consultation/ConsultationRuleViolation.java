package org.involveportal.consultation;

/**
 * A consultation rule was broken (for example a short window without a reason). Carries a bundle
 * key, so every screen shows the same plain message in the reader's language.
 */
public class ConsultationRuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public ConsultationRuleViolation(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
