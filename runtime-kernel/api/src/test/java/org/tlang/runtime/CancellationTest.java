package org.tlang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.tlang.spi.scheduler.QueuedTask;

class CancellationTest {

    /** Runs {@code work} on a thread, cancels it and returns the message of the panic it ended with. */
    private static String cancelled(Runnable work) throws Exception {
        CompletableFuture<String> ended = new CompletableFuture<>();
        Thread task = Thread.ofPlatform().start(() -> {
            try {
                work.run();
                ended.complete("finished");
            } catch (PanicException p) {
                ended.complete(p.getMessage());
            }
        });
        Cancellation.cancel(task);
        return ended.get(30, TimeUnit.SECONDS);
    }

    @Test
    void codeThatNeverWaitsStopsAtItsNextCheck() throws Exception {
        assertEquals("interrupted", cancelled(() -> {
            while (true) Cancellation.check();
        }));
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
        assertEquals("interrupted", cancelled(slow::join));
        assertTrue(!slow.isDone());
        release.complete(null);
        assertEquals(null, slow.get(30, TimeUnit.SECONDS));
    }
}
