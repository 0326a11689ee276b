package org.tlang.spi.scheduler;

import java.util.concurrent.Callable;
import java.util.concurrent.RejectedExecutionException;

import org.tlang.spi.Drainable;

/**
 * Runs T tasks. The kernel routes every new task to the scheduler bound now; when it swaps in
 * another one it {@link #drain drains} the old one so that tasks it accepted finish there.
 *
 * <p>A scheduler may touch threads and nothing else: no I/O, no runtime state, no statics.
 */
public interface Scheduler extends Drainable {

    /**
     * Accepts {@code work} as a new task and returns at once. Never blocks the caller.
     *
     * @throws RejectedExecutionException once {@link #drain} has begun; the kernel then hands the
     *                                    work to the scheduler that replaced this one
     */
    <T> Task<T> spawn(Callable<T> work);
}
