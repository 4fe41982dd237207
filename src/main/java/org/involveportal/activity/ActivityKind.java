package org.involveportal.activity;

/** What sort of involvement an activity is. Names come from the bundle: activityKind.<NAME>. */
public enum ActivityKind {
    QUALITY_CHECKER_VISIT,
    MYSTERY_SHOPPING,
    RECRUITMENT_OR_TENDER_PANEL,
    FOCUS_GROUP,
    TRAINING_SESSION,
    CO_PRODUCTION_WORKSHOP,
    OTHER
}
