/**
 * One public calendar of what is coming: consultations opening and closing, meetings of listed groups and published
 * activities, as a month and a list (both without JavaScript), filtered by kind, group, partner, topic and who it is
 * for, and the same as an iCalendar feed per filter. May use consultation, forum, activity, partner, content, i18n,
 * platform and the page kit; no feature uses it.
 */
package org.involveportal.calendar;
