package org.tlang.io.nio;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * One selector and the platform thread that waits on it. A task whose non-blocking channel is not
 * ready asks {@link #await} to park it until the selector says the channel is ready for what it
 * wants (read or accept, write or connect), or its timeout passes. One task may wait to read while
 * another waits to write the same channel. The thread stops once the driver stopped and no channel
 * is registered any more: a swapped-out driver keeps serving what it opened until it is closed.
 */
final class EventLoop implements Runnable {
    /** How long a parked task sleeps before it looks whether its channel was closed under it. */
    private static final long RECHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final Selector selector;
    private final Thread thread;
    private final Queue<Waiter> registrations = new ConcurrentLinkedQueue<>();
    private final AtomicLong wakeups = new AtomicLong();
    private final AtomicLong parks = new AtomicLong();
    private volatile boolean stopping;

    /** A task waiting for one channel to be ready for {@code ops}. */
    private static final class Waiter {
        final SelectableChannel channel;
        final int ops;
        final Thread task = Thread.currentThread();
        volatile boolean ready;

        Waiter(SelectableChannel channel, int ops) {
            this.channel = channel;
            this.ops = ops;
        }
    }

    /** The waiters of one channel, by what they wait for. */
    private static final class Waiting {
        Waiter reader; // read or accept
        Waiter writer; // write or connect
    }

    EventLoop(String name) {
        try {
            selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread = Thread.ofPlatform().name(name).daemon(true).start(this);
    }

    /**
     * Parks the calling task until {@code channel} is probably ready for {@code ops} (one of
     * OP_READ, OP_ACCEPT, OP_WRITE, OP_CONNECT): the caller tries its operation again and, if it
     * still cannot go on, waits again. A wake-up can come early (every 50 ms, so that a channel
     * closed under a waiting task, or a wake-up another waiter took, is noticed), never too late.
     *
     * @param deadline {@link System#nanoTime} past which the caller gives up; {@link Long#MAX_VALUE} for none
     * @throws SocketTimeoutException     past the deadline
     * @throws AsynchronousCloseException if the channel was closed meanwhile
     */
    void await(SelectableChannel channel, int ops, long deadline, long timeoutMs) throws IOException {
        if (!channel.isOpen()) throw new AsynchronousCloseException();
        long left = deadline - System.nanoTime();
        if (left <= 0) throw new SocketTimeoutException("timed out after " + timeoutMs + " ms");
        Waiter w = new Waiter(channel, ops);
        registrations.add(w);
        selector.wakeup();
        parks.incrementAndGet();
        if (!w.ready) LockSupport.parkNanos(this, Math.min(left, RECHECK_NANOS));
        if (Thread.interrupted()) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the channel");
        }
    }

    /** The deadline of a wait of {@code timeoutMs} (0: none) starting now. */
    static long deadline(long timeoutMs) {
        return timeoutMs > 0 ? System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs) : Long.MAX_VALUE;
    }

    /** Stops when nothing is registered any more. */
    void stop() {
        stopping = true;
        selector.wakeup();
    }

    long wakeups() {
        return wakeups.get();
    }

    long parks() {
        return parks.get();
    }

    @Override
    public void run() {
        try {
            while (!(stopping && selector.keys().isEmpty() && registrations.isEmpty())) {
                selector.select(1000);
                for (Waiter w; (w = registrations.poll()) != null; ) register(w);
                for (SelectionKey key : selector.selectedKeys()) ready(key);
                selector.selectedKeys().clear();
            }
        } catch (IOException | RuntimeException e) {
            System.getLogger(EventLoop.class.getName()).log(System.Logger.Level.ERROR, "I/O event loop " + thread.getName() + " failed", e);
        } finally {
            try {
                selector.close();
            } catch (IOException e) {
                // nothing left to tell
            }
        }
    }

    private void register(Waiter w) {
        try {
            SelectionKey key = w.channel.keyFor(selector);
            if (key == null) key = w.channel.register(selector, 0, new Waiting());
            Waiting waiting = (Waiting) key.attachment();
            if ((w.ops & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT)) != 0) waiting.reader = w;
            else waiting.writer = w;
            key.interestOps(key.interestOps() | w.ops);
        } catch (ClosedChannelException | CancelledKeyException e) {
            wake(w); // it sees the channel closed
        }
    }

    private void ready(SelectionKey key) {
        Waiting waiting = (Waiting) key.attachment();
        try {
            int ready = key.readyOps();
            int keep = key.interestOps();
            if ((ready & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT)) != 0) {
                keep &= ~(SelectionKey.OP_READ | SelectionKey.OP_ACCEPT);
                wake(waiting.reader);
                waiting.reader = null;
            }
            if ((ready & (SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT)) != 0) {
                keep &= ~(SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT);
                wake(waiting.writer);
                waiting.writer = null;
            }
            key.interestOps(keep);
        } catch (CancelledKeyException e) {
            wake(waiting.reader);
            wake(waiting.writer);
        }
    }

    private void wake(Waiter w) {
        if (w == null) return;
        w.ready = true;
        wakeups.incrementAndGet();
        LockSupport.unpark(w.task);
    }
}
