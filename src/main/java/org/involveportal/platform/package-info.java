/**
 * Shared primitives every package may use: datasource and migrations, clock, mail, settings, rich text,
 * exports, client limits, percentages, and password hashing, policy and sign-in throttling. Uses no
 * other package of the portal.
 */
package org.involveportal.platform;
