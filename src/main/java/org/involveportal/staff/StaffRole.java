package org.involveportal.staff;

/**
 * What a member of staff may do in the back office. Roles add up and none implies another: an admin who
 * also publishes holds both, so handing out account management never hands out publishing by accident.
 */
public enum StaffRole {

    /** Drafts consultations: writes, translates and previews them, but cannot make them public. */
    EDITOR,

    /** Publishes, extends, closes and withdraws consultations: what residents see and when. */
    PUBLISHER,

    /** Reads and exports responses. */
    ANALYST,

    /** Manages staff accounts, their roles, and the portal's settings. */
    ADMIN,

    /** Decides residents' expense claims and payments for involvement, and sends approved ones to be paid. */
    FINANCE
}
