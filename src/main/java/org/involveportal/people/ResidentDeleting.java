package org.involveportal.people;

/**
 * A CDI event fired inside the transaction that deletes a resident's account, before the account's row
 * goes: features holding rows about the resident (group memberships, meeting registrations) observe it
 * and delete them, so the whole deletion succeeds or fails together. Consultation answers hold no
 * resident id (they were anonymous) and stay.
 */
public record ResidentDeleting(long residentId) {
}
