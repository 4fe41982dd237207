package org.involveportal.forum;

/** Support a group or meeting offers, and a resident may ask for. Names come from the bundle: support.<NAME>. */
public enum Support {
    TRANSPORT,
    INTERPRETER,
    BSL,
    HEARING_LOOP,
    SUPPORT_WORKER,
    REFRESHMENTS
}
