/**
 * Equality monitoring: the reach report, which counts the "about you" answers (kept apart from responses)
 * against the local population baseline and suppresses small numbers. May use response, audit, platform
 * and the page kit.
 */
package org.involveportal.equality;
