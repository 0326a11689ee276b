package org.tlang.runtime;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Stops the T code of one task from outside it: a request past its deadline, a client that went
 * away, Ctrl-C in the REPL. {@link #call} binds it to the running thread for some work (tasks that
 * work spawns inherit it); {@link #cancel}, from any thread, makes that work's loops raise the T
 * panic {@link #reason()} at their next {@link Safepoint#poll}, and {@link #check()} raise it
 * between steps. Code blocked in a call (sleep, a channel, a join) stops only once that call has
 * returned, unless the canceller also interrupts the thread: a blocking built-in that is
 * interrupted panics {@link #INTERRUPTED} at once.
 */
public final class Cancellation {
    /** The panic message of a task whose wait was interrupted (and of a REPL input cancelled by Ctrl-C). */
    public static final String INTERRUPTED = "interrupted";

    private static final ScopedValue<Cancellation> CURRENT = ScopedValue.newInstance();

    /** The panic message of work stopped at its deadline ({@code --max-ms}). */
    public static final String DEADLINE = "deadline exceeded";
    /** The panic message of work that used up its fuel ({@code --max-fuel}). */
    public static final String OUT_OF_FUEL = "out of fuel";

    private volatile String reason;
    /** Whether the work is metered: it stops when its {@link #fuel} (calls and loop back edges) is used up. */
    private volatile boolean metered;
    private final AtomicLong fuel = new AtomicLong();
    /** Whether this cancellation makes every call check it ({@link Safepoint#watching}): it is metered, or cancelled. */
    private boolean watched;
    /** The {@link #call}s running now. */
    private int running;

    /** A cancellation that also stops its work, with {@link #OUT_OF_FUEL}, after {@code fuel} calls and loop back edges. */
    public static Cancellation withFuel(long fuel) {
        if (fuel <= 0) throw new IllegalArgumentException("fuel must be positive, not " + fuel);
        Cancellation c = new Cancellation();
        c.fuel.set(fuel);
        c.metered = true;
        return c;
    }

    /** Cancels the work with the panic message {@code reason}; the first reason given stays. */
    public synchronized void cancel(String reason) {
        if (this.reason != null) return;
        this.reason = reason;
        if (running > 0 && !watched) {
            watched = true;
            Safepoint.watch(1);
        }
    }

    /** Uses {@code units} of fuel; the reason the work must stop (out of fuel, or cancelled), or null. */
    String burn(long units) {
        if (metered && fuel.addAndGet(-units) < 0) cancel(OUT_OF_FUEL);
        return reason;
    }

    private synchronized void enter() {
        if (running++ == 0 && !watched && (reason != null || metered)) {
            watched = true;
            Safepoint.watch(1);
        }
    }

    private synchronized void leave() {
        if (--running == 0 && watched) {
            watched = false;
            Safepoint.watch(-1);
        }
    }

    /** The fuel left: calls and loop back edges before the work stops ({@link Long#MAX_VALUE} if it is not metered). */
    public long fuelLeft() {
        return metered ? Math.max(0, fuel.get()) : Long.MAX_VALUE;
    }

    /** The panic message the work stops with, or null while it may go on. */
    public String reason() {
        return reason;
    }

    /**
     * Runs {@code work} on this thread with this cancellation bound (in place of an outer one while
     * it runs) and gives its result; what it throws passes through.
     */
    public <R, X extends Throwable> R call(ScopedValue.CallableOp<? extends R, X> work) throws X {
        enter();
        try {
            return ScopedValue.where(CURRENT, this).call(work);
        } finally {
            leave();
        }
    }

    /** The cancellation bound to the running thread, or null. */
    public static Cancellation current() {
        return CURRENT.isBound() ? CURRENT.get() : null;
    }

    /** Panics with the reason if the work running on this thread was cancelled. */
    public static void check() {
        String reason = currentReason();
        if (reason != null) throw new PanicException(reason, null);
    }

    /** The reason the work running on this thread was cancelled, or null while it may go on. */
    static String currentReason() {
        Cancellation c = current();
        return c == null ? null : c.reason;
    }

    /**
     * The panic of a task interrupted while it waited: why its work was cancelled ({@code deadline
     * exceeded}), or {@link #INTERRUPTED}. It has no position yet: the code that noticed gives it
     * its own. The thread stays interrupted, so nothing on the way out waits again.
     */
    public static PanicException interrupted() {
        String reason = currentReason();
        return new PanicException(reason != null ? reason : INTERRUPTED, null);
    }
}
