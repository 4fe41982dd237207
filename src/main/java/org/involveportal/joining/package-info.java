/**
 * Joining in: the wiring between residents' accounts ({@code people}) and groups and meetings
 * ({@code forum}) — emails to residents when a place comes free, a meeting is near or a request to join
 * is decided, and their memberships and registrations on "my data".
 */
package org.involveportal.joining;
