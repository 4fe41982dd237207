/**
 * Consultations and their questions: the entities with their rules (response window, Welsh Language
 * Standards, easy read), the service, and the public and staff pages that show and edit them. May use
 * audit, i18n, platform and the page kit; never another feature.
 */
package org.involveportal.consultation;
