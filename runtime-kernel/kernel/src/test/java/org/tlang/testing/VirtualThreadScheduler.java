package org.tlang.testing;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.tlang.spi.scheduler.QueuedTask;
import org.tlang.spi.scheduler.Scheduler;
import org.tlang.spi.scheduler.Task;

/** A minimal scheduler for tests: one virtual thread per task. */
public final class VirtualThreadScheduler implements Scheduler {
    private final AtomicInteger inFlight = new AtomicInteger();

    @Override
    public <T> Task<T> spawn(Callable<T> work) {
        inFlight.incrementAndGet();
        QueuedTask<T> task = new QueuedTask<>(work, inFlight::decrementAndGet);
        Thread.ofVirtual().start(task);
        return task;
    }

    @Override
    public int inFlight() {
        return inFlight.get();
    }

    @Override
    public boolean drain(Duration deadline) throws InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < end) Thread.sleep(1);
        return inFlight.get() == 0;
    }
}
