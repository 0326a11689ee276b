package org.tlang.testing;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.tlang.spi.scheduler.Scheduler;
import org.tlang.spi.scheduler.Task;
import org.tlang.spi.scheduler.TaskCounter;

/** A minimal scheduler for tests: one virtual thread per task, counted by the SPI's {@link TaskCounter}. */
public final class VirtualThreadScheduler implements Scheduler {
    private final TaskCounter tasks = new TaskCounter();

    @Override
    public <T> Task<T> spawn(Callable<T> work) {
        return tasks.launch(work, r -> Thread.ofVirtual().start(r));
    }

    @Override
    public int inFlight() {
        return tasks.count();
    }

    @Override
    public boolean drain(Duration deadline) throws InterruptedException {
        return tasks.drain(deadline);
    }
}
