package org.tlang.runtime;

/**
 * Stopping T code from outside the task that runs it (Ctrl-C in the REPL): the one hook every tier
 * and built-in answers to. Cancelling interrupts the task's thread, so a task waiting (in
 * {@code sleep}, on a channel, in a join) panics {@code interrupted} at once; code that never waits
 * panics at its next {@link #check()}, the poll that long-running code makes (loop back edges).
 */
public final class Cancellation {
    private Cancellation() {}

    /** Asks the T code running on {@code task} to stop: it panics {@code interrupted}. */
    public static void cancel(Thread task) {
        task.interrupt();
    }

    /** Panics {@code interrupted} if the current task was cancelled; cheap enough for a loop's back edge. */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) throw panic();
    }

    /**
     * The panic of a cancelled task. It has no position yet: the code that noticed gives it its own.
     * The thread stays interrupted, so nothing on the way out waits again.
     */
    public static PanicException panic() {
        return new PanicException("interrupted", null);
    }
}
