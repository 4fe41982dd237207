package org.involveportal.people;

/** A format or support a resident needs to take part. Names: involvement.need.<NAME>. */
public enum CommunicationNeed {
    EASY_READ,
    LARGE_PRINT,
    BRAILLE,
    AUDIO,
    BSL,
    INTERPRETER
}
