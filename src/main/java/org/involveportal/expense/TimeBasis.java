package org.involveportal.expense;

/** How the policy pays for a person's time. Names: timeBasis.NAME. */
public enum TimeBasis {
    /** A rate for each hour the activity took. */
    HOURLY,
    /** One sum for taking part, however long it took. */
    SESSIONAL,
    /** A shopping voucher of one value, which some people on benefits prefer to money. */
    VOUCHER
}
