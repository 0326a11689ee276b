package org.tlang.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A bounded channel: {@code send} blocks while full; {@code recv} gives null once closed and
 * drained. {@link #select} waits on several at once: each keeps the signals of the selects
 * waiting on it and releases them when a value comes or it closes.
 */
public final class Channel {
    /** What {@link #poll} gives when nothing is there yet (null stands for closed and drained). */
    public static final Object EMPTY = new Object();

    private final ArrayDeque<Object> items = new ArrayDeque<>();
    private final List<Semaphore> selects = new ArrayList<>();
    private final int capacity;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notFull = lock.newCondition();
    private final Condition notEmpty = lock.newCondition();
    private boolean closed;

    public Channel(int capacity) {
        this.capacity = Math.max(1, capacity);
    }

    /** Returns false if the channel is closed. */
    public boolean send(Object v) throws InterruptedException {
        lock.lock();
        try {
            while (items.size() >= capacity && !closed) notFull.await();
            if (closed) return false;
            items.addLast(v);
            notEmpty.signal();
            if (!selects.isEmpty()) wakeSelects();
            return true;
        } finally {
            lock.unlock();
        }
    }

    public Object recv() throws InterruptedException {
        lock.lock();
        try {
            while (items.isEmpty() && !closed) notEmpty.await();
            return take();
        } finally {
            lock.unlock();
        }
    }

    /** As {@link #recv}, waiting at most {@code ms}: {@link #EMPTY} if that time ran out. */
    public Object recv(long ms) throws InterruptedException {
        long nanos = TimeUnit.MILLISECONDS.toNanos(Math.max(0, ms));
        lock.lock();
        try {
            while (items.isEmpty() && !closed) {
                if (nanos <= 0) return EMPTY;
                nanos = notEmpty.awaitNanos(nanos);
            }
            return take();
        } finally {
            lock.unlock();
        }
    }

    /** The next value without waiting: {@link #EMPTY} if none is there yet, null if closed and drained. */
    public Object poll() {
        lock.lock();
        try {
            return items.isEmpty() && !closed ? EMPTY : take();
        } finally {
            lock.unlock();
        }
    }

    private Object take() {
        Object v = items.pollFirst();
        if (v != null) notFull.signal();
        return v;
    }

    /** The index of the first of {@code channels} that has a value or is closed and drained, and that value (null if closed). */
    public record Selected(int index, Object value) {}

    /**
     * Waits until one of {@code channels} has a value or is closed and drained; the first such in
     * the list wins.
     */
    public static Selected select(List<Channel> channels) throws InterruptedException {
        Semaphore signal = new Semaphore(0);
        for (Channel c : channels) c.watch(signal, true);
        try {
            while (true) {
                for (int i = 0; i < channels.size(); i++) {
                    Object v = channels.get(i).poll();
                    if (v != EMPTY) return new Selected(i, v);
                }
                signal.acquire();
                signal.drainPermits();
            }
        } finally {
            for (Channel c : channels) c.watch(signal, false);
        }
    }

    private void wakeSelects() {
        for (Semaphore s : selects) s.release();
    }

    private void watch(Semaphore signal, boolean on) {
        lock.lock();
        try {
            if (on) selects.add(signal);
            else selects.remove(signal);
        } finally {
            lock.unlock();
        }
    }

    public void close() {
        lock.lock();
        try {
            closed = true;
            notEmpty.signalAll();
            notFull.signalAll();
            wakeSelects();
        } finally {
            lock.unlock();
        }
    }

    /** The sending end, as T sees it. */
    public record Sender(Channel channel) {}

    /** The receiving end, as T sees it. */
    public record Receiver(Channel channel) {}
}
