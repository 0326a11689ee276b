package org.tlang.std.sync;

import java.util.concurrent.TimeUnit;
import org.tlang.runtime.PanicException;

/**
 * A {@code Condvar}. {@code Lock} and {@code Mutex} are Java monitors, and a monitor can only be
 * released while waiting by waiting on that monitor itself, so a task waits in the wait set of the
 * lock it passes. The condvar remembers that lock to notify it; since other condvars may share
 * the lock's wait set, {@code notify_one} wakes every task waiting there (each one wakes as if
 * spuriously and re-checks its condition), which keeps one condvar's wake-up from going to another's waiter.
 */
final class ConditionQueue {
    /** About 146 years: beyond it a deadline in nanoseconds would overflow. */
    private static final long MAX_WAIT_MS = Long.MAX_VALUE / 2_000_000;

    private volatile Object lock;

    void await(Object on) {
        bind(on);
        try {
            on.wait();
        } catch (InterruptedException e) {
            throw SyncModule.interrupted();
        }
    }

    /** Waits at most {@code ms}; false if that time ran out. */
    boolean await(Object on, long ms) {
        bind(on);
        if (ms <= 0) return false;
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.min(ms, MAX_WAIT_MS));
        try {
            on.wait(Math.min(ms, MAX_WAIT_MS));
        } catch (InterruptedException e) {
            throw SyncModule.interrupted();
        }
        return System.nanoTime() - deadline < 0;
    }

    void wake() {
        Object on = lock;
        if (on == null) return;
        synchronized (on) {
            on.notifyAll();
        }
    }

    private void bind(Object on) {
        if (on == null || !Thread.holdsLock(on)) {
            throw new PanicException("Condvar.wait needs its lock held: call it inside lock.with(..)");
        }
        Object bound = lock;
        if (bound == null) lock = on;
        else if (bound != on) throw new PanicException("a Condvar waits with one lock only");
    }

    @Override
    public String toString() {
        return "<condvar>";
    }
}
