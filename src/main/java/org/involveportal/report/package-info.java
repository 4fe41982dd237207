/**
 * The annual and quarterly involvement report: a period staff choose, the parts each feature adds to it
 * ({@link org.involveportal.report.ReportSection}), small numbers suppressed by the report for every part
 * alike, the published snapshot (figures frozen when it is published), its public pages and its XLSX
 * download. May use activity, consultation, feedback, equality, response, content, audit, i18n, platform
 * and the page kit.
 */
package org.involveportal.report;
