package org.involveportal.expense;

import org.involveportal.platform.References;

/** A claim's reference as typed in an address or form: {@code EXP-} and eight letters and digits. */
final class ExpenseClaimReferences {

    private ExpenseClaimReferences() {
    }

    static boolean looksLike(String value) {
        return References.looksLike(ExpenseClaim.REFERENCE_PREFIX, value);
    }
}
