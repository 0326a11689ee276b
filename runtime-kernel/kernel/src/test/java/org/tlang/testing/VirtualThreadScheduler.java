package org.tlang.testing;

import org.tlang.spi.scheduler.CountedScheduler;

/** A minimal scheduler for tests: one virtual thread per task, counted as the SPI's {@link CountedScheduler} counts. */
public final class VirtualThreadScheduler extends CountedScheduler {
    public VirtualThreadScheduler() {
        super(r -> Thread.ofVirtual().start(r));
    }
}
