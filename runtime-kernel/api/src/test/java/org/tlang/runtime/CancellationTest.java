package org.tlang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.tlang.spi.scheduler.QueuedTask;

class CancellationTest {

    /**
     * Runs {@code work} on a thread under a cancellation, cancels it with {@code reason} (and
     * interrupts the thread if {@code interrupt}) and returns the message of the panic it ended with.
     */
    private static String cancelled(Runnable work, String reason, boolean interrupt) throws Exception {
        CompletableFuture<String> ended = new CompletableFuture<>();
        Cancellation cancel = new Cancellation();
        Thread task = Thread.ofPlatform().start(() -> {
            try {
                cancel.call(() -> {
                    work.run();
                    return null;
                });
                ended.complete("finished");
            } catch (PanicException p) {
                ended.complete(p.getMessage());
            }
        });
        cancel.cancel(reason);
        if (interrupt) task.interrupt();
        return ended.get(30, TimeUnit.SECONDS);
    }

    @Test
    void codeThatNeverWaitsStopsAtItsNextCheckWithTheReason() throws Exception {
        assertEquals("request timed out", cancelled(() -> {
            while (true) Cancellation.check();
        }, "request timed out", false));
    }

    @Test
    void theFirstReasonStaysAndNothingIsBoundOutsideACall() {
        Cancellation c = new Cancellation();
        c.cancel("first");
        c.cancel("second");
        assertEquals("first", c.reason());
        assertEquals(null, Cancellation.current());
        Cancellation.check(); // nothing bound: no panic
    }

    @Test
    void aCancelledJoinerStopsWaitingAndTheJoinedTaskRunsOn() throws Exception {
        CompletableFuture<Void> release = new CompletableFuture<>();
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        QueuedTask<Object> slow = new QueuedTask<>(() -> {
            started.countDown();
            return release.get();
        }, () -> { });
        Thread.ofPlatform().start(slow);
        assertTrue(started.await(30, TimeUnit.SECONDS)); // so the joiner waits instead of running it itself
        assertEquals(Cancellation.INTERRUPTED, cancelled(slow::join, Cancellation.INTERRUPTED, true));
        assertTrue(!slow.isDone());
        release.complete(null);
        assertEquals(null, slow.get(30, TimeUnit.SECONDS));
    }
}
