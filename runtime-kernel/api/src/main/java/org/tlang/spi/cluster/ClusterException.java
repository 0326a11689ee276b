package org.tlang.spi.cluster;

/** A cluster operation that did not happen: a member left, none serves, the engine refused. The message says which. */
public class ClusterException extends RuntimeException {
    public ClusterException(String message) {
        super(message, null, false, false);
    }
}
