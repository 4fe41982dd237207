/**
 * "You said, we did": feedback reports on closed consultations, publishing them and telling those who
 * asked. May use consultation, response, analysis, audit, i18n, platform and the page kit.
 */
package org.involveportal.feedback;
