/**
 * What every kind of public content shares: words in each language with English to fall back on and
 * completeness against English ({@link org.involveportal.content.TranslatedContent}), easy-read ideas,
 * topics and who it is for. Consultations, questions, groups, meetings and feedback build on it; the
 * activities and action plans to come will too. May use i18n and platform only.
 */
package org.involveportal.content;
