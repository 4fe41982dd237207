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
    // --- the register of involved people and "Keep me informed" digests ---
    /** A search of the register; the detail is the criteria and how many were found, never a name. */
    REGISTER_SEARCHED,
    REGISTER_EXPORTED,
    /** Staff invited the people a search found; the detail is the criteria and the counts. */
    REGISTER_INVITATION_SENT,
    /** The digest job ran; the detail is how many digests were emailed and put on the post list. */
    DIGESTS_SENT,
    /** A resident deleted their own account; recorded with no actor and only the account's former id. */
    RESIDENT_ACCOUNT_DELETED
}
