package org.tlang.std.sync;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.tlang.runtime.EnumValue;
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

    /** Some of what {@code f} gives, run holding the read lock taken within {@code ms}; None if it was not. */
    EnumValue read(FnValue f, long ms) {
        return holding(lock.readLock(), f, ms);
    }

    EnumValue write(FnValue f, long ms) {
        return holding(lock.writeLock(), f, ms);
    }

    private static EnumValue holding(Lock l, FnValue f, long ms) {
        try {
            if (!l.tryLock(Math.max(ms, 0), TimeUnit.MILLISECONDS)) return EnumValue.NONE;
        } catch (InterruptedException e) {
            throw SyncModule.interrupted();
        }
        try {
            return EnumValue.some(f.call(new Object[0]));
        } finally {
            l.unlock();
        }
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
