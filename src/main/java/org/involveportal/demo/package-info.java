/**
 * The demo data loaded once on the first start when {@code portal.demo-data} is on. It sits on top of
 * every feature (consultation, feedback, forum, people, staff) and platform; nothing may use it.
 */
package org.involveportal.demo;
