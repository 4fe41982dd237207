/**
 * Residents' accounts and the register of involvement: signing up with an email address, verifying it,
 * signing in with a password or a link sent by email, the involvement profile (how a person wants to be
 * involved, what they care about, their communication and access needs, how to contact them), and "my
 * data" (see and download everything held, delete the account).
 *
 * <p>Residents are kept out of Jakarta Security and its staff roles on purpose: a signed-in resident is
 * only a resident id in the HTTP session ({@link org.involveportal.people.SignedInResident}), so no
 * resident can ever pass a {@code /staff/*} security constraint.
 *
 * <p>Other features use {@link org.involveportal.people.ResidentService#profileOf(long)} to offer a
 * resident's needs again wherever they are asked for (WCAG 3.3.7, redundant entry).
 *
 * <p>May use consultation (topics, client groups), audit, i18n, platform and the page kit; never staff.
 */
package org.involveportal.people;
