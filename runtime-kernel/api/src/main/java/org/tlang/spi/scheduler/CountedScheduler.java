package org.tlang.spi.scheduler;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;

/**
 * A scheduler that hands each task to an {@link Executor} of its own choosing (virtual threads, a
 * pool, a ForkJoinPool) and counts and drains them with a {@link TaskCounter}: what the
 * implementations differ in is only the executor.
 */
public abstract class CountedScheduler implements Scheduler {
    private final TaskCounter tasks = new TaskCounter();
    private final Executor carriers;

    protected CountedScheduler(Executor carriers) {
        this.carriers = carriers;
    }

    @Override
    public final <T> Task<T> spawn(Callable<T> work) {
        return tasks.launch(work, carriers);
    }

    @Override
    public final int inFlight() {
        return tasks.count();
    }

    @Override
    public final boolean drain(Duration deadline) throws InterruptedException {
        return tasks.drain(deadline);
    }
}
