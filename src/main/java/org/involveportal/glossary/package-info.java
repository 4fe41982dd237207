/**
 * The glossary: words residents meet, explained in plain language in each of the portal's languages
 * ({@link org.involveportal.glossary.GlossaryTerm}); staff keep it ({@code /staff/glossary}), {@code /glossary}
 * lists it, and hard words in staff-written content link to it ({@link org.involveportal.glossary.GlossaryLinker}).
 * Builds on content, i18n, audit, platform and the page kit; features link their texts through it.
 */
package org.involveportal.glossary;
