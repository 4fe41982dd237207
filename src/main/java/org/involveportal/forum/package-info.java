/**
 * Involvement groups and their meetings: the directory, places and waiting lists, minutes, calendar
 * files and the staff pages for them. May use consultation (topics, client groups, easy-read ideas),
 * audit, i18n, platform and the page kit.
 */
package org.involveportal.forum;
