package org.tlang.modules;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.tlang.runtime.Cancellation;

/**
 * Runs work on a platform thread with a large stack: a program's main (so ordinary deep recursion,
 * tens of thousands of T calls as in Rust or Swift, fits) and compilation (deeply nested source).
 * The caller's thread waits and passes on an interrupt, and the work runs under the caller's
 * {@link Cancellation}. The stack is reserved, not committed: memory is used only as deep as the work goes.
 */
final class BigStack {
    /**
     * Enough for the interpreter's call-depth limit (CallTarget.MAX_DEPTH, about 280 bytes a call)
     * and for hundreds of thousands of compiled calls. Not more: a runaway recursion in compiled
     * code fills it before it fails, and the time to fill and unwind grows with it (256 MB took
     * four times as long as 64 MB).
     */
    static final long STACK_BYTES = 64L << 20;

    private BigStack() {}

    static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** Returns what {@code work} returns; rethrows its unchecked exception or error unchanged. */
    static <T> T call(Callable<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Cancellation cancel = Cancellation.current();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(cancel == null ? work.call() : cancel.call(work::call));
            } catch (Throwable t) {
                failure.set(t);
            }
        }, Thread.currentThread().getName() + "-tlang", STACK_BYTES);
        thread.setDaemon(Thread.currentThread().isDaemon());
        thread.start();
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
                thread.interrupt();
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        Throwable t = failure.get();
        if (t instanceof RuntimeException re) throw re;
        if (t instanceof Error err) throw err;
        if (t != null) throw new IllegalStateException(t);
        return result.get();
    }
}
