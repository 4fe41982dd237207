package org.involveportal.forum;

/**
 * Staff approved or refused a resident's request to join a group. Fired after the decision commits
 * ({@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}); the observer that knows the resident's
 * address and language tells them the outcome.
 */
public record MembershipDecided(long membershipId, long residentId, boolean approved) {
}
