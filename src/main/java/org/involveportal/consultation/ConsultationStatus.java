package org.involveportal.consultation;

/** Derived from the response window, the clock and whether feedback is out; never stored. */
public enum ConsultationStatus {
    FORTHCOMING,
    OPEN,
    CLOSED,
    FEEDBACK_PUBLISHED
}
