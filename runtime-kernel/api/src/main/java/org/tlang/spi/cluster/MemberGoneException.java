package org.tlang.spi.cluster;

/** A call whose member left the cluster (was stopped or killed) before it answered: the request may or may not have run there. */
public class MemberGoneException extends ClusterException {
    public MemberGoneException(String message) {
        super(message);
    }
}
