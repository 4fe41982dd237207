package org.involveportal.people;

/** When a resident can take part, told in the profile and searched in the register. Names: involvement.availability.<NAME>. */
public enum Availability {
    WEEKDAY_DAYTIME,
    EVENINGS,
    WEEKENDS
}
