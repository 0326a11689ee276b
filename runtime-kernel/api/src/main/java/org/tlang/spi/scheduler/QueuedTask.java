package org.tlang.spi.scheduler;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

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
 */
public class QueuedTask<T> extends FutureTask<T> implements Task<T> {
    private final Runnable onDone;

    public QueuedTask(Callable<T> work, Runnable onDone) {
        super(work);
        this.onDone = onDone;
    }

    @Override
    public T join() {
        run(); // no-op if a thread already started (or finished) it
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
