package org.tlang.spi;

import java.time.Duration;

/**
 * A subsystem that holds work in flight. When the kernel swaps it out, new work already goes to its
 * replacement; the kernel then drains it and stops it only once the work has finished.
 */
public interface Drainable {

    /**
     * Stops accepting new work and waits up to {@code deadline} for the accepted work to finish.
     * Work still running at the deadline is not cancelled: it finishes on its own.
     *
     * @return true if all accepted work had finished by the deadline
     */
    boolean drain(Duration deadline) throws InterruptedException;

    /** Work accepted and not yet finished. */
    int inFlight();
}
