/**
 * Involvement activities beside groups and meetings: one-off opportunities of a kind (a Quality Checker visit,
 * mystery shopping, a recruitment or tender panel ...) at a rung of the ladder of participation, their public list
 * and page, residents expressing interest with the needs from their profile, and the staff pages for them. May use
 * content, forum (the support offered), people (the profile's needs), audit, i18n, platform and the page kit.
 */
package org.involveportal.activity;
