package org.involveportal.platform;

/**
 * CDI event: a transaction that changed what public pages may show has committed, and its changes are
 * in the persistence cache, so a page rendered from now on shows them.
 */
public record PublicContentChanged() {
}
