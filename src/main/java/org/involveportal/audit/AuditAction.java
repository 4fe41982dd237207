package org.involveportal.audit;

/** What the audit trail records. Stored by name, so names are never changed or reused. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_OUT,
    ROLE_CHANGED,
    ACCOUNT_CREATED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    APP_RESET,
    PASSWORD_CHANGED,
    SETTING_CHANGED,
    CONSULTATION_CREATED,
    CONSULTATION_EDITED,
    CONSULTATION_PUBLISHED,
    CONSULTATION_EXTENDED,
    CONSULTATION_CLOSED,
    CONSULTATION_WITHDRAWN,
    RESPONSES_EXPORTED,
    RESPONSE_ENTERED,
    /** A response deleted by an admin; the detail is its reference and the reason, never its answers. */
    RESPONSE_DELETED,
    FEEDBACK_EDITED,
    FEEDBACK_PUBLISHED,
    CONTACT_LIST_VIEWED,
    // --- groups and meetings ---
    GROUP_CREATED,
    GROUP_EDITED,
    MEMBERSHIP_DECIDED,
    MEETING_CREATED,
    MEETING_EDITED,
    REGISTRATION_CANCELLED,
    ATTENDANCE_MARKED,
    MINUTES_PUBLISHED,
    GROUP_MESSAGE_SENT,
    GROUP_MEMBERS_EXPORTED,
    // --- the glossary ---
    GLOSSARY_TERM_ADDED,
    GLOSSARY_TERM_EDITED,
    GLOSSARY_TERM_REMOVED,
    // --- involvement activities ---
    ACTIVITY_CREATED,
    ACTIVITY_EDITED,
    ACTIVITY_PUBLISHED,
    /** Staff chose someone interested to take part, or not; the detail is the interest's number and the choice, never a name. */
    ACTIVITY_PEOPLE_CHOSEN,
    ACTIVITY_ATTENDANCE_MARKED,
    ACTIVITY_OUTCOME_RECORDED,
    /** A resident deleted their own account; recorded with no actor and only the account's former id. */
    RESIDENT_ACCOUNT_DELETED,
    // --- the involvement report ---
    /** A publisher published the involvement report for a period; the subject is the period's slug. */
    INVOLVEMENT_REPORT_PUBLISHED
}
