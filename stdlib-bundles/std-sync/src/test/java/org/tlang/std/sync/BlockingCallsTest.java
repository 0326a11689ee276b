package org.tlang.std.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.tlang.runtime.Cancellation;
import org.tlang.runtime.PanicException;

/** Every blocking call of std.sync stops with the panic `interrupted` when its task is interrupted. */
class BlockingCallsTest {
    private static String interruptedWhile(Runnable blocking) throws Exception {
        CompletableFuture<String> outcome = new CompletableFuture<>();
        Thread t = Thread.ofVirtual().start(() -> {
            try {
                blocking.run();
                outcome.complete("returned");
            } catch (PanicException e) {
                outcome.complete(e.getMessage() + (Thread.currentThread().isInterrupted() ? " (still interrupted)" : ""));
            }
        });
        Thread.sleep(50);
        t.interrupt();
        return outcome.get(5, TimeUnit.SECONDS);
    }

    @Test
    void eachWaitPanicsInterrupted() throws Exception {
        String expected = Cancellation.INTERRUPTED + " (still interrupted)";
        assertEquals(expected, interruptedWhile(() -> SyncModule.semaphoreAcquire(SyncModule.semaphore(0))));
        assertEquals(expected, interruptedWhile(() -> {
            Object wg = SyncModule.waitGroup();
            SyncModule.waitGroupAdd(wg, 1);
            SyncModule.waitGroupWait(wg);
        }));
        assertEquals(expected, interruptedWhile(() -> SyncModule.semaphoreAcquireTimeout(SyncModule.semaphore(0), 60_000)));
        assertEquals(expected, interruptedWhile(() -> {
            Object wg = SyncModule.waitGroup();
            SyncModule.waitGroupAdd(wg, 1);
            SyncModule.waitGroupWaitTimeout(wg, 60_000);
        }));
        Object lock = new Object();
        assertEquals(expected, interruptedWhile(() -> {
            synchronized (lock) {
                SyncModule.condvarWait(SyncModule.condvar(), lock);
            }
        }));
        SharedLock rw = new SharedLock();
        CompletableFuture<Void> release = new CompletableFuture<>();
        Thread writer = Thread.ofVirtual().start(() -> rw.write(args -> release.join()));
        Thread.sleep(20);
        assertEquals(expected, interruptedWhile(() -> rw.read(args -> null)));
        assertEquals(expected, interruptedWhile(() -> rw.read(args -> null, 60_000)));
        release.complete(null);
        writer.join();
    }

    @Test
    void waitTimeoutSaysTheTimeRanOut() {
        Object lock = new Object();
        synchronized (lock) {
            long start = System.nanoTime();
            assertEquals(false, SyncModule.condvarWaitTimeout(SyncModule.condvar(), lock, 30));
            assertTrue(System.nanoTime() - start >= 30_000_000L);
        }
    }
}
