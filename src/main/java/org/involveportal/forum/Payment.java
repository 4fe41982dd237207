package org.involveportal.forum;

/** What members are given for their time (nobody is out of pocket). Names: payment.<NAME>. */
public enum Payment {
    /** Nothing is paid (travel may still be arranged as support). */
    NONE,
    /** Out-of-pocket expenses are paid back within policy limits. */
    EXPENSES,
    /** Members are paid for their time, and their expenses. */
    PAID
}
