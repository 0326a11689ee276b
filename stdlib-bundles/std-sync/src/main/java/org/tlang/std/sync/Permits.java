package org.tlang.std.sync;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** The permits of a {@code Semaphore}; prints as the number available. */
final class Permits {
    private final Semaphore permits;

    Permits(long n) {
        permits = new Semaphore((int) n);
    }

    void acquire() {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            throw SyncModule.interrupted();
        }
    }

    /** Takes a permit, waiting at most {@code ms}; false if none came in that time. */
    boolean acquire(long ms) {
        try {
            return permits.tryAcquire(Math.max(ms, 0), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            throw SyncModule.interrupted();
        }
    }

    boolean tryAcquire() {
        return permits.tryAcquire();
    }

    void release() {
        permits.release();
    }

    @Override
    public String toString() {
        return Integer.toString(permits.availablePermits());
    }
}
