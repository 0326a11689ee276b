package org.tlang.spi.cluster;

/**
 * One member of the cluster.
 *
 * @param id      its id, stable while it is a member
 * @param address where it listens, {@code host:port}
 * @param self    true for this runtime
 */
public record ClusterMember(String id, String address, boolean self) {}
