/**
 * Analysis of a consultation's responses for staff: counts (read from the tallies the response package
 * keeps) and percentages per question, free-text
 * answers to read and search, and the spreadsheet export. May use consultation, response, equality (the
 * reach report), audit, i18n, platform and the page kit.
 */
package org.involveportal.analysis;
