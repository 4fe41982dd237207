/**
 * Shared primitives every package may use: datasource and migrations, clock, mail, settings, rich text,
 * exports, client limits, percentages, and password hashing, policy and sign-in throttling (counted in the
 * database for every instance, by the client's real address from trusted proxies), and the leases that let a
 * scheduled job run on one instance only. Uses no other package of the portal.
 */
package org.involveportal.platform;
