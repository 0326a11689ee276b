package org.tlang.kernel;

import java.lang.foreign.MemorySegment;
import java.time.Duration;
import org.tlang.spi.memory.Allocator;
import org.tlang.spi.scheduler.Scheduler;
import org.tlang.spi.scheduler.Task;

/**
 * The one piece of work a freshly started implementation must do before any work is routed to it:
 * a scheduler runs a task to its end, an allocator hands out a segment and takes it back. One that
 * started but fails it, or does not finish it within the start timeout, is given up as if it had
 * not started, and the one bound before keeps serving.
 */
final class FirstTask {
    private static final long PROBE = 0x7417;

    private FirstTask() {}

    static void check(SubsystemOffer offer, Object service, Duration timeout) throws StartFailure {
        try {
            switch (service) {
                case Scheduler s -> runs(s, timeout);
                case Allocator a -> a.release(a.allocate(64, 8));
                default -> {} // an I/O driver, a collector or a tier has no side-effect-free piece of work to try
            }
        } catch (StartFailure e) {
            throw new StartFailure(offer.label() + " " + e.getMessage());
        } catch (RuntimeException e) {
            throw new StartFailure(offer.label() + " failed its first task: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartFailure(offer.label() + ": interrupted during its first task");
        }
    }

    private static void runs(Scheduler scheduler, Duration timeout) throws StartFailure, InterruptedException {
        Task<Long> task = scheduler.spawn(() -> PROBE);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!task.isDone()) {
            if (System.nanoTime() > deadline) throw new StartFailure("did not run its first task within " + timeout.toMillis() + " ms");
            Thread.sleep(1);
        }
        if (task.join() != PROBE) throw new StartFailure("failed its first task: it returned another value");
    }
}
