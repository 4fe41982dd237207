/**
 * Answering a consultation: drafts saved page by page, sending them as responses, the "about you"
 * answers, responses typed in by staff, deleting one, and the counts kept of them for analysis
 * ({@link org.involveportal.response.ResponseTallies}). May use consultation, audit, i18n, platform and the page kit.
 */
package org.involveportal.response;
