package org.involveportal.platform;

/**
 * CDI event: a transaction on this instance wrote to the database and has committed. In a cluster the other
 * instances then forget the entities they keep ({@link ClusterChanges}).
 */
public record EntitiesCommitted() {
}
