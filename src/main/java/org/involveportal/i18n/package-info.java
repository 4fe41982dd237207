/**
 * Languages and reading modes: choosing them from the address, cookie or browser, ICU messages from the
 * bundles in {@code translations/}, dates in Europe/London, and the view handler that keeps language
 * prefixes in links. May use platform only.
 */
package org.involveportal.i18n;
