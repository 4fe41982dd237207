package org.involveportal.consultation;

/** Derived from the response window and the clock; never stored. */
public enum ConsultationStatus {
    FORTHCOMING,
    OPEN,
    CLOSED
}
