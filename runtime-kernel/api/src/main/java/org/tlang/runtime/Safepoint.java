package org.tlang.runtime;

import org.tlang.tir.Pos;

/**
 * Where long-running T code gives its thread back and notices that it was cancelled. Every tier
 * counts the back edges of a function activation's loops and calls {@link #poll} once every
 * {@link #PERIOD} of them: a loop that never ends then neither keeps a virtual thread's carrier
 * from the other tasks nor outlives its {@link Cancellation}.
 *
 * <p>Calls check too, but only while some work is metered or cancelled ({@link #watching}): every
 * tier reads that one flag on entry to a function and calls {@link #onCall} when it is set, so a
 * recursion without a loop stops at its deadline too, and fuel counts calls.
 */
public final class Safepoint {
    /**
     * Back edges between two polls: at about a nanosecond an iteration (compiled code), a poll every
     * 16 µs; in the interpreter about every millisecond.
     */
    public static final int PERIOD = 1 << 14;
    /** A virtual thread yields its carrier at most this often, so that a poll is mostly a clock read. */
    static final long YIELD_EVERY_NANOS = 1_000_000;
    private static final ThreadLocal<long[]> LAST_YIELD = ThreadLocal.withInitial(() -> new long[] {System.nanoTime()});

    /** Set while some running work is metered or cancelled: then every call checks ({@link #onCall}). */
    public static volatile boolean watching;
    private static int watched;

    private Safepoint() {}

    static synchronized void watch(int delta) {
        watched += delta;
        watching = watched > 0;
    }

    /**
     * The slow path of a function's entry while {@link #watching}: uses one unit of the running
     * work's fuel, and raises its cancellation's panic, at the function declared at
     * {@code line}:{@code column}, if it was cancelled or ran out.
     */
    public static void onCall(int line, int column) {
        Cancellation c = Cancellation.current();
        if (c == null) return;
        String reason = c.burn(1);
        if (reason != null) throw new PanicException(reason, new Pos(line, column));
    }

    /**
     * The slow path of the back-edge check, at the loop at {@code line}:{@code column}: raises the
     * cancellation's panic if the running work was cancelled, panics {@code out of memory} while
     * {@link HeapWatch} sees the heap exhausted, lets a virtual thread's carrier run
     * other tasks, and returns the number of back edges until the next poll ({@link #PERIOD}).
     */
    public static int poll(int line, int column) {
        Cancellation c = Cancellation.current();
        String reason = c == null ? null : c.burn(PERIOD);
        if (reason != null) throw new PanicException(reason, new Pos(line, column));
        HeapWatch.check(line, column);
        if (Thread.currentThread().isVirtual()) {
            long[] last = LAST_YIELD.get();
            long now = System.nanoTime();
            if (now - last[0] >= YIELD_EVERY_NANOS) {
                Thread.yield();
                last[0] = System.nanoTime();
            }
        }
        return PERIOD;
    }
}
