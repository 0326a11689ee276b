package org.tlang.runtime;

import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** A bounded channel: {@code send} blocks while full; {@code recv} gives null once closed and drained. */
public final class Channel {
    private final ArrayDeque<Object> items = new ArrayDeque<>();
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
            return true;
        } finally {
            lock.unlock();
        }
    }

    public Object recv() throws InterruptedException {
        lock.lock();
        try {
            while (items.isEmpty() && !closed) notEmpty.await();
            Object v = items.pollFirst();
            if (v != null) notFull.signal();
            return v;
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
        } finally {
            lock.unlock();
        }
    }

    /** The sending end, as T sees it. */
    public record Sender(Channel channel) {}

    /** The receiving end, as T sees it. */
    public record Receiver(Channel channel) {}
}
