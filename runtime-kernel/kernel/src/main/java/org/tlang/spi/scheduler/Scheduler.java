package org.tlang.spi.scheduler;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Runs T tasks. The kernel routes every new task to the scheduler bound now; when it swaps in
 * another one it calls {@link #drain} on the old one so that work already accepted finishes there.
 *
 * <p>A scheduler may touch threads and nothing else: no I/O, no runtime state, no statics.
 */
public interface Scheduler {

    /** Accepts {@code work} as a new task and returns at once. Never blocks the caller. */
    <T> Task<T> spawn(Callable<T> work);

    /** Tasks accepted and not yet finished. */
    int inFlight();

    /**
     * Stops accepting tasks and waits up to {@code deadline} for the accepted ones to finish.
     * Tasks still running at the deadline are not cancelled: they finish on their own threads.
     *
     * @return true if every accepted task had finished by the deadline
     */
    boolean drain(Duration deadline) throws InterruptedException;
}
