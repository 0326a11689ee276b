package org.tlang.spi.memory;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The collector of a program when no {@code [collector]} is bound (a registry run outside the
 * kernel, a test): {@link Collector}'s defaults, the region policy; it only counts.
 */
public final class UnboundCollector implements Collector {
    public static final UnboundCollector INSTANCE = new UnboundCollector();

    private final AtomicLong live = new AtomicLong();

    private UnboundCollector() {}

    @Override
    public void track(Object owner, AutoCloseable resource) {
        live.incrementAndGet();
    }

    @Override
    public void closed(AutoCloseable resource) {
        live.decrementAndGet();
    }

    @Override
    public long live() {
        return live.get();
    }
}
