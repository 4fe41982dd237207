package org.involveportal.forum;

/**
 * A resident on a meeting's waiting list was given a place (someone cancelled, or places were added).
 * Fired after the change commits ({@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}); the
 * observer that knows the resident's email address and language sends {@link MeetingEmails#placeOffered}.
 */
public record PlaceOffered(long meetingId, long registrationId, long residentId) {
}
