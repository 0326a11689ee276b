package org.tlang.spi.scheduler;

/** A spawned unit of work: T's {@code Task<T>}. */
public interface Task<T> {

    /**
     * Waits for the task and returns its value. If the work failed, the same unchecked exception
     * or error is thrown again here (a T panic crosses {@code join} unchanged); a checked exception
     * arrives wrapped in a {@link TaskFailedException}. A joiner that is cancelled
     * ({@link org.tlang.runtime.Cancellation}) stops waiting and panics {@code interrupted}.
     */
    T join();

    boolean isDone();
}
