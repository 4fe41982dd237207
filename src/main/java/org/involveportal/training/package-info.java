/**
 * Training for involved residents: courses (induction, equality and diversity, chairing a meeting, being a Quality
 * Checker ...) written in each language, their dated sessions residents book a place on, and who completed each
 * course, as staff record it. Activities may ask for a course first; the annual report counts completions.
 */
package org.involveportal.training;
