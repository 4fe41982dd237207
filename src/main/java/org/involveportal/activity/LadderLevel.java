package org.involveportal.activity;

/**
 * The rung of the ladder of participation an activity stands on, from telling people to handing them control.
 * Declared in that order, so staff reports can sort by it. Names: ladder.<NAME>.
 */
public enum LadderLevel {
    INFORMING,
    CONSULTING,
    INVOLVING,
    COLLABORATING,
    EMPOWERING
}
