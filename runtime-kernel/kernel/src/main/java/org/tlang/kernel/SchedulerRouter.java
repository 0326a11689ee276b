package org.tlang.kernel;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.RejectedExecutionException;

import org.tlang.spi.scheduler.Scheduler;
import org.tlang.spi.scheduler.Task;

/**
 * The scheduler T programs see: it hands each new task to whichever scheduler is bound at that
 * moment, so programs keep running across a swap.
 */
final class SchedulerRouter implements Scheduler {
    private final SubsystemSlot slot;

    SchedulerRouter(SubsystemSlot slot) {
        this.slot = slot;
    }

    @Override
    public <T> Task<T> spawn(Callable<T> work) {
        while (true) {
            Scheduler bound = bound();
            try {
                return bound.spawn(work);
            } catch (RejectedExecutionException e) {
                // The bound scheduler began draining between our read and the spawn: a swap is
                // switching to its replacement. Retry on that one; give up only if nothing replaced it.
                if (bound() == bound) throw e;
            }
        }
    }

    private Scheduler bound() {
        Object service = slot.service();
        if (service == null) throw new IllegalStateException("no scheduler is bound: the runtime is shutting down");
        return (Scheduler) service;
    }

    @Override
    public int inFlight() {
        return bound().inFlight();
    }

    @Override
    public boolean drain(Duration deadline) {
        throw new UnsupportedOperationException("programs cannot drain the runtime's scheduler");
    }
}
