package org.tlang.kernel;

import java.util.List;
import java.util.function.BooleanSupplier;

import org.tlang.api.Panic;
import org.tlang.runtime.Cancellation;
import org.tlang.runtime.PanicException;

/**
 * One input of a REPL session, evaluated on a thread of its own: the session's thread waits for
 * it, can cancel it (Ctrl-C) and outlives whatever it throws.
 */
final class Evaluation {
    private final Thread thread;
    private final Cancellation cancellation = new Cancellation();
    private volatile boolean cancelled;
    private boolean accepted;
    private Throwable failure;

    /** Starts {@code work}, which says whether the input was accepted. */
    Evaluation(BooleanSupplier work) {
        thread = new Thread(() -> {
            try {
                accepted = cancellation.call(work::getAsBoolean);
            } catch (Throwable t) {
                failure = t;
            }
        }, "tlang-repl-input");
        // an evaluation that ignores its cancel must not keep the process alive after the session ends
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops the input: its loops at their next safepoint, a wait (sleep, recv, join) at once. */
    void cancel() {
        cancelled = true;
        cancellation.cancel(Cancellation.INTERRUPTED);
        thread.interrupt();
    }

    /** Waits for the end of the input; an interrupt of the waiting thread cancels it and is passed on. */
    void await() {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
                cancel();
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    /** Whether the input was accepted; false if it failed (see {@link #failure}). */
    boolean accepted() {
        return accepted;
    }

    /**
     * How the input failed, as a T panic; null if it did not. Whatever ended it shows as a T error,
     * never as a Java trace: a stack that ran out, memory that ran out, a cancel, even a bug of
     * the runtime.
     */
    Panic failure() {
        if (failure == null) return null;
        if (failure instanceof PanicException p) return p.toPanic();
        if (cancelled) return Cancellation.interrupted().toPanic();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StackOverflowError) return message("stack overflow");
            if (t instanceof OutOfMemoryError) return message("out of memory");
        }
        return message("internal error (a bug in tlang, not in the input): " + failure);
    }

    private static Panic message(String message) {
        return new Panic(message, List.of(), 0, List.of());
    }
}
