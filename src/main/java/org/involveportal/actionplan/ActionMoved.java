package org.involveportal.actionplan;

/** CDI event: a progress update was published on an action; once committed, the plan's followers are told. */
public record ActionMoved(long updateId) {
}
