/**
 * Answering a consultation: drafts saved page by page, sending them as responses, the "about you"
 * answers, and responses typed in by staff. May use consultation, audit, i18n, platform and the page kit.
 */
package org.involveportal.response;
