package org.tlang.spi.scheduler;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

/**
 * Counts a scheduler's tasks in flight and implements {@link Scheduler#drain}: once draining, it
 * refuses new tasks and lets the caller wait for the count to reach zero.
 */
public final class TaskCounter {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition idle = lock.newCondition();
    private int inFlight;
    private long started;
    private boolean draining;

    /**
     * Counts a new task and hands it to {@code executor}; the count drops when the task finishes,
     * whichever thread runs it, or at once if the executor refuses it.
     */
    public <T> QueuedTask<T> launch(Callable<T> work, Executor executor) {
        return launch(work, executor, () -> true);
    }

    /** As {@link #launch(Callable, Executor)}; a joiner runs the task itself only if {@code joinerMayRun} says so ({@link QueuedTask}). */
    public <T> QueuedTask<T> launch(Callable<T> work, Executor executor, BooleanSupplier joinerMayRun) {
        begin();
        QueuedTask<T> task = new QueuedTask<>(work, this::end, joinerMayRun);
        try {
            executor.execute(task);
        } catch (RuntimeException | Error e) {
            end();
            throw e;
        }
        return task;
    }

    /** Counts one more task, or refuses it once draining has begun. */
    private void begin() {
        lock.lock();
        try {
            if (draining) throw new RejectedExecutionException("scheduler is draining");
            inFlight++;
            started++;
        } finally {
            lock.unlock();
        }
    }

    /** One task finished (normally or not). */
    private void end() {
        lock.lock();
        try {
            if (--inFlight == 0) idle.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Every task counted since this counter was made (the scheduler started). */
    public long started() {
        lock.lock();
        try {
            return started;
        } finally {
            lock.unlock();
        }
    }

    public int count() {
        lock.lock();
        try {
            return inFlight;
        } finally {
            lock.unlock();
        }
    }

    /** Refuses new tasks from now on and waits up to {@code deadline} for the count to reach zero. */
    public boolean drain(Duration deadline) throws InterruptedException {
        long nanos = deadline.toNanos();
        lock.lock();
        try {
            draining = true;
            while (inFlight > 0) {
                if (nanos <= 0) return false;
                nanos = idle.awaitNanos(nanos);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }
}
