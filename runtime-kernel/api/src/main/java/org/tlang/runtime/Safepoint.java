package org.tlang.runtime;

import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;
import org.tlang.tir.Pos;

/**
 * Where long-running T code gives its thread back and notices that it was cancelled. Every tier
 * counts the back edges of a function activation's loops and calls {@link #poll} once every
 * {@link #PERIOD} of them: a loop that never ends then neither keeps a virtual thread's carrier
 * from the other tasks nor outlives its {@link Cancellation}.
 *
 * <p>Calls check too, but only while some work is metered or cancelled: the interpreter reads
 * {@link #watching} on entry to a function, compiled code calls through the site of
 * {@link #callCheck}, and both call {@link #onCall} then, so a recursion without a loop stops at
 * its deadline too, and fuel counts calls.
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
    private static final MethodHandle NO_CHECK = MethodHandles.empty(MethodType.methodType(void.class, int.class, int.class));
    private static final MethodHandle ON_CALL;
    /**
     * Compiled code's form of {@link #watching}: the entry of every compiled function calls through
     * this site, which does nothing (and costs nothing once inlined) until some work is watched;
     * switching it deoptimises the code that inlined it, so it switches only when the first watched
     * work starts and the last one ends.
     */
    private static final MutableCallSite CALL_CHECK = new MutableCallSite(NO_CHECK);

    static {
        try {
            ON_CALL = MethodHandles.lookup().findStatic(Safepoint.class, "onCall", MethodType.methodType(void.class, int.class, int.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Safepoint() {}

    static synchronized void watch(int delta) {
        watched += delta;
        boolean now = watched > 0;
        if (now == watching) return;
        watching = now;
        CALL_CHECK.setTarget(now ? ON_CALL : NO_CHECK);
        MutableCallSite.syncAll(new MutableCallSite[] {CALL_CHECK});
    }

    /** The {@code invokedynamic} bootstrap of compiled code's call check {@code (int line, int column) -> void}. */
    public static CallSite callCheck(MethodHandles.Lookup caller, String name, MethodType type) {
        return CALL_CHECK;
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
        return poll(line, column, PERIOD);
    }

    /**
     * {@link #poll(int, int)} for a tier that counts its calls and back edges itself: uses
     * {@code units} of fuel, the number it counted since its last poll.
     */
    public static int poll(int line, int column, long units) {
        Cancellation c = Cancellation.current();
        String reason = c == null ? null : c.burn(units);
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
