/**
 * The back office's people: staff accounts and roles, and the pieces of signing in (password rules and
 * hashing, one-time codes from an authenticator app, recovery codes, throttling of guesses). The pieces
 * are plain classes over an injected clock, so the rules are tested without a server.
 */
package org.involveportal.staff;
