package org.tlang.spi.natives;

/**
 * Something of a program that takes work from outside it (an HTTP server, a TCP listener). When
 * the program is drained ({@code SIGTERM}, {@link org.tlang.api.TlangRuntime#drain}) each one is
 * told to stop taking work, then waited for until the work it took is done (or the drain's deadline
 * passes), then closed. Register one with {@link NativeContext#drainOnShutdown}.
 */
public interface Drainable {

    /** Takes no more work (closes the listening socket); work already taken goes on. */
    void stopAccepting();

    /**
     * Waits until the work taken is done, at most until {@code deadlineNanos} (a {@link System#nanoTime} value).
     *
     * @return true when it is done, false at the deadline
     */
    default boolean awaitIdle(long deadlineNanos) throws InterruptedException {
        return true;
    }

    /** Closes it for good (a server's waiters return); what still runs in it is cut off. */
    void close();
}
