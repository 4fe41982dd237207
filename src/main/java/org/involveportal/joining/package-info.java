/**
 * Joining in: the wiring between residents' accounts ({@code people}) and groups and meetings
 * ({@code forum}) — emails to residents when a place comes free, a meeting is near or a request to join
 * is decided, and their memberships and registrations on "my data". May use people, forum, audit, i18n,
 * platform and the page kit; neither of those two uses it.
 */
package org.involveportal.joining;
