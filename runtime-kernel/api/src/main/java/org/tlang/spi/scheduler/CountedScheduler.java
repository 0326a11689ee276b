package org.tlang.spi.scheduler;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

import org.tlang.spi.Metered;

/**
 * A scheduler that hands each task to an {@link Executor} of its own choosing (virtual threads, a
 * pool, a ForkJoinPool) and counts and drains them with a {@link TaskCounter}: what the
 * implementations differ in is only the executor. Its metric, {@code tasks-in-flight}, is the count
 * of tasks accepted and not yet ended.
 */
public abstract class CountedScheduler implements Scheduler, Metered {
    private final TaskCounter tasks = new TaskCounter();
    private final Executor carriers;
    private final BooleanSupplier joinerMayRun;

    protected CountedScheduler(Executor carriers) {
        this(carriers, () -> true);
    }

    /**
     * With {@code joinerMayRun} asked in a thread that joins a task not yet started: true lets that
     * thread run it (the default), false makes it wait for {@code carriers} to ({@link QueuedTask}).
     */
    protected CountedScheduler(Executor carriers, BooleanSupplier joinerMayRun) {
        this.carriers = carriers;
        this.joinerMayRun = joinerMayRun;
    }

    @Override
    public final <T> Task<T> spawn(Callable<T> work) {
        return tasks.launch(work, carriers, joinerMayRun);
    }

    @Override
    public final int inFlight() {
        return tasks.count();
    }

    @Override
    public final boolean drain(Duration deadline) throws InterruptedException {
        return tasks.drain(deadline);
    }

    @Override
    public Map<String, Number> metrics() {
        Map<String, Number> m = new java.util.LinkedHashMap<>();
        m.put("tasks-in-flight", tasks.count());
        m.put("tasks-spawned", tasks.started());
        return m;
    }
}
