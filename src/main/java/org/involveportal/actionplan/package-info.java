/**
 * Action plans: an involvement strategy's plan or an inspection's action plan, with themes and actions (what, a lead
 * named by role, a timescale, a RAG status, the outcome hoped for, and the consultation, "You said, we did" feedback
 * and group each comes from), dated progress updates that move an action, public pages in every language and mode,
 * residents following a plan and told once of each update, and CSV/XLSX import and export with the seeds' columns.
 */
package org.involveportal.actionplan;
