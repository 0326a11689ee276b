package org.tlang.modules;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a program's main on a platform thread with a large stack, so that ordinary deep recursion
 * (tens of thousands of T calls, as in Rust or Swift) fits; the caller's thread waits for it and
 * passes on an interrupt. The stack is reserved, not committed: memory is used only as deep as the
 * program goes.
 */
final class MainStack {
    static final long STACK_BYTES = 256L << 20;

    private MainStack() {}

    static void run(Runnable main) {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                main.run();
            } catch (Throwable t) {
                failure.set(t);
            }
        }, Thread.currentThread().getName() + "-tlang-main", STACK_BYTES);
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
    }
}
