package org.tlang.spi.scheduler;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.BooleanSupplier;

import org.tlang.runtime.Cancellation;

/**
 * The {@link Task} every scheduler can hand out: a {@link FutureTask} that its scheduler runs on a
 * thread of its own choosing, and that {@link #join} runs in the joining thread when no thread has
 * picked it up yet. Joining a task that has not started therefore never waits for a free thread,
 * so nested {@code spawn}/{@code join} cannot starve a fixed pool.
 *
 * <p>A joiner that is cancelled ({@link Cancellation}) stops waiting and panics {@code interrupted}.
 *
 * <p>{@code onDone} runs once, whichever thread ran the work: schedulers count tasks in flight
 * with it.
 *
 * <p>A scheduler that must keep its tasks on its own threads ({@code deterministic}: one carrier)
 * gives {@code joinerMayRun}, asked in the joining thread: when it says no, that thread waits for
 * the scheduler to run the task instead of running it itself.
 */
public class QueuedTask<T> extends FutureTask<T> implements Task<T> {
    private final Runnable onDone;
    private final BooleanSupplier joinerMayRun;

    public QueuedTask(Callable<T> work, Runnable onDone) {
        this(work, onDone, () -> true);
    }

    public QueuedTask(Callable<T> work, Runnable onDone, BooleanSupplier joinerMayRun) {
        super(work);
        this.onDone = onDone;
        this.joinerMayRun = joinerMayRun;
    }

    @Override
    public T join() {
        if (joinerMayRun.getAsBoolean()) run(); // no-op if a thread already started (or finished) it
        try {
            return get();
        } catch (InterruptedException e) {
            // the joining task was cancelled: it stops waiting; the joined one runs on
            Thread.currentThread().interrupt();
            throw Cancellation.interrupted();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof Error err) throw err;
            throw new TaskFailedException(cause);
        } catch (CancellationException e) {
            throw new TaskFailedException(e);
        }
    }

    @Override
    protected void done() {
        onDone.run();
    }
}
