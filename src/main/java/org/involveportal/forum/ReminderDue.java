package org.involveportal.forum;

import java.util.List;

/**
 * A meeting starts soon and its reminder is due, once: the residents with a place are listed. Fired
 * after the reminder is marked sent ({@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}); the
 * observer that knows residents' addresses and languages sends {@link MeetingEmails#reminder}.
 */
public record ReminderDue(long meetingId, List<Long> residentIds) {
}
