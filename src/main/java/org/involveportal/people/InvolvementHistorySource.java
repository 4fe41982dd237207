package org.involveportal.people;

import java.util.List;
import org.involveportal.i18n.Language;

/**
 * Something a resident took part in, for their involvement history: meetings they came to, consultations they
 * answered while signed in, activities they were chosen for and came to, training they completed. Features implement
 * it as a CDI bean; "my involvement" and the staff view of a person list every entry found, as "my data" does.
 */
public interface InvolvementHistorySource {

    /** The resident's entries, with what they were in the reader's language where it is written. */
    List<InvolvementHistory.Entry> historyOf(long residentId, Language reader);
}
