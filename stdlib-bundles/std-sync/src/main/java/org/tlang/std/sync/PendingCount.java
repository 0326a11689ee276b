package org.tlang.std.sync;

import java.util.concurrent.TimeUnit;
import org.tlang.runtime.PanicException;

/** The counter of a {@code WaitGroup}: tasks still to finish; prints as that number. */
final class PendingCount {
    private long count;

    synchronized void add(long n) {
        long next;
        try {
            next = Math.addExact(count, n);
        } catch (ArithmeticException e) {
            throw new PanicException("WaitGroup counter overflow");
        }
        if (next < 0) throw new PanicException(n == -1 ? "WaitGroup.done() without a matching add" : "WaitGroup counter below zero");
        count = next;
        if (count == 0) notifyAll();
    }

    synchronized void await() {
        try {
            while (count > 0) wait();
        } catch (InterruptedException e) {
            throw SyncModule.interrupted();
        }
    }

    /** As {@link #await()} for at most {@code ms}; false if tasks were still to finish then. */
    synchronized boolean await(long ms) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.max(ms, 0));
        try {
            while (count > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) return false;
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return true;
        } catch (InterruptedException e) {
            throw SyncModule.interrupted();
        }
    }

    @Override
    public synchronized String toString() {
        return Long.toString(count);
    }
}
