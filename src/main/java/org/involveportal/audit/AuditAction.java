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
    // --- expenses and payment for involvement: every change to money ---
    /** An admin changed the expenses policy; the detail is the terms before and after. */
    EXPENSE_POLICY_CHANGED,
    /** A resident sent a claim; the actor is "resident" and the account's id, the detail the total. */
    EXPENSE_CLAIM_SENT,
    EXPENSE_ITEM_APPROVED,
    EXPENSE_ITEM_REFUSED,
    EXPENSE_QUESTION_ASKED,
    /** Staff opened a receipt: who looked at what a resident sent is kept. */
    EXPENSE_RECEIPT_VIEWED,
    PAYMENT_BATCH_CREATED,
    PAYMENT_BATCH_EXPORTED,
    PAYMENT_BATCH_PAID,
    EXPENSE_LETTER_POSTED,
    // --- training and involvement history ---
    COURSE_CREATED,
    COURSE_EDITED,
    TRAINING_SESSION_SAVED,
    /** Staff recorded whether someone booked completed a course; the detail is the booking's number, never a name. */
    TRAINING_COMPLETION_RECORDED,
    /** Staff opened one person's involvement history; the subject is the account's id. */
    PERSON_HISTORY_VIEWED,
    // --- the register of involved people and "Keep me informed" digests ---
    /** A search of the register; the detail is the criteria and how many were found, never a name. */
    REGISTER_SEARCHED,
    REGISTER_EXPORTED,
    /** Staff invited the people a search found; the detail is the criteria and the counts. */
    REGISTER_INVITATION_SENT,
    /** The digest job ran; the detail is how many digests were emailed and put on the post list. */
    DIGESTS_SENT,
    /** A resident deleted their own account; recorded with no actor and only the account's former id. */
    RESIDENT_ACCOUNT_DELETED,
    // --- the involvement report ---
    /** A publisher published the involvement report for a period; the subject is the period's slug. */
    INVOLVEMENT_REPORT_PUBLISHED,
    // --- a consultation's decision trail ---
    /** Staff recorded whether a proposal changes a service and its equality impact assessment; the subject is the slug. */
    IMPACT_ASSESSMENT_RECORDED,
    /** A publisher recorded when and where the analysis of a closed consultation was published. */
    ANALYSIS_RECORDED,
    /** A publisher recorded the decision taken after a consultation: who decided, when, in which meeting. */
    DECISION_RECORDED,
    // --- partner organisations and the calendar ---
    /** An admin added a partner organisation; the subject is its slug. */
    PARTNER_ADDED,
    /** An admin changed a partner organisation's name, contact or logo; the subject is its slug. */
    PARTNER_CHANGED,
    /** An editor named (or stopped naming) a partner on a consultation or a meeting; the detail says which. */
    PARTNER_NAMED,
    // --- requests for another format: the subject is the request's reference, never the person's details ---
    FORMAT_REQUEST_TAKEN,
    /** The detail is the new status. */
    FORMAT_REQUEST_STATUS_CHANGED,
    /** The detail is the kind of file. */
    FORMAT_FILE_ATTACHED,
    FORMAT_REQUEST_SENT,
    /** Staff posted a letter or phoned: the detail says whether the acknowledgement or the "it is sent" notice. */
    FORMAT_REQUEST_CONTACTED,
    // --- action plans ---
    ACTION_PLAN_CREATED,
    ACTION_PLAN_EDITED,
    ACTION_PLAN_PUBLISHED,
    ACTION_PLAN_WITHDRAWN,
    PLAN_ACTION_ADDED,
    PLAN_ACTION_EDITED,
    /** A publisher published a progress update; the detail is the action's number and its new status. */
    ACTION_UPDATE_PUBLISHED,
    /** Actions added from a sheet; the detail is how many. */
    ACTION_PLAN_IMPORTED,
    ACTION_PLAN_EXPORTED
}
