package org.tlang.std.sync;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.tlang.runtime.FnValue;

/** The lock of an {@code RwLock<T>}: many readers at once, or one writer. */
final class SharedLock {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    Object read(FnValue f) {
        return holding(lock.readLock(), f);
    }

    Object write(FnValue f) {
        return holding(lock.writeLock(), f);
    }

    private static Object holding(Lock l, FnValue f) {
        try {
            l.lockInterruptibly();
        } catch (InterruptedException e) {
            throw SyncModule.interrupted();
        }
        try {
            return f.call(new Object[0]);
        } finally {
            l.unlock();
        }
    }

    @Override
    public String toString() {
        return "<rwlock>";
    }
}
