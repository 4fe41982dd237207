package org.involveportal.people;

/** How much a resident wants to be involved, from least to most. Names: involvement.level.<NAME>. */
public enum InvolvementLevel {
    KEEP_INFORMED,
    GIVE_VIEWS,
    WORK_TOGETHER,
    LEAD
}
