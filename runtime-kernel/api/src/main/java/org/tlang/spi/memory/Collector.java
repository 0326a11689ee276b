package org.tlang.spi.memory;

/**
 * Decides when runtime-owned resources are freed: reference counting, region (arena) scope, or
 * tracing through {@link java.lang.ref.Cleaner} once their owner is unreachable.
 */
public interface Collector {

    /**
     * Ties {@code resource} to {@code owner}: the policy closes it once the owner is done with it
     * (unreachable, scope closed, or count dropped to zero, depending on the policy).
     */
    void track(Object owner, AutoCloseable resource);

    /** Resources tracked and not yet closed. */
    long live();
}
