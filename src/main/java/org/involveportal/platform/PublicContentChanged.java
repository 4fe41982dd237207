package org.involveportal.platform;

/**
 * CDI event: a transaction that changed what public pages may show has committed, and its changes are
 * in the persistence cache, so a page rendered from now on shows them.
 *
 * @param elsewhere true when the commit was made on another instance of a cluster and this one has just
 *                  heard of it ({@link ClusterChanges}); false for a commit made here
 */
public record PublicContentChanged(boolean elsewhere) {

    /** A commit made on this instance. */
    public PublicContentChanged() {
        this(false);
    }
}
