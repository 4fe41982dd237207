/**
 * The back office's people: staff accounts and roles, signing in with one-time codes from an authenticator
 * app or recovery codes, and the staff pages. Password hashing, policy and throttling are in platform,
 * shared with residents. May use consultation, audit, i18n, platform and the web kit.
 */
package org.involveportal.staff;
