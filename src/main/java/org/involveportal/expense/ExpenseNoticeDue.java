package org.involveportal.expense;

/** A notice to email once the change it tells of has committed. */
record ExpenseNoticeDue(long noticeId) {
}
