package org.involveportal.consultation;

/** Derived from publication, the response window, the clock and whether feedback is out; never stored. */
public enum ConsultationStatus {
    /** Being written by staff; not public. */
    DRAFT,
    FORTHCOMING,
    OPEN,
    CLOSED,
    FEEDBACK_PUBLISHED,
    /** Taken back by a publisher before closing; its page says why. */
    WITHDRAWN
}
