package org.tlang.runtime;

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

    private volatile String reason;

    /** Cancels the work with the panic message {@code reason}; the first reason given stays. */
    public synchronized void cancel(String reason) {
        if (this.reason == null) this.reason = reason;
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
        return ScopedValue.where(CURRENT, this).call(work);
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
     * The panic of a task interrupted while it waited. It has no position yet: the code that noticed
     * gives it its own. The thread stays interrupted, so nothing on the way out waits again.
     */
    public static PanicException interrupted() {
        return new PanicException(INTERRUPTED, null);
    }
}
