/**
 * A consultation's decision trail: what happened after it closed (its analysis published, the decision with who
 * decided, when and in which meeting) and the ordered timeline on its public page, from the proposal and its
 * equality impact assessment to "You said, we did" and the items that follow it ({@code ConsultationFollowUp}).
 * May use consultation, audit, i18n, platform and the page kit.
 */
package org.involveportal.decision;
