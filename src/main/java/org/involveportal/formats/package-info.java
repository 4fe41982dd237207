/**
 * "Ask for this in another format": people asking for information in another format or language, kept
 * for staff to act on. May use i18n, platform and the page kit; no other feature.
 */
package org.involveportal.formats;
