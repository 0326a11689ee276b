package org.tlang.scheduler.deterministic;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.tlang.spi.scheduler.CountedScheduler;
import org.tlang.spi.scheduler.Scheduler;

/**
 * T tasks run one at a time on a single carrier thread, in an order that is the same on every run:
 * for tests and embedded use. Each task is a virtual thread whose scheduler is one platform thread
 * with a FIFO queue. A task runs until it blocks (a channel, a join, a mutex, a sleep) or ends;
 * blocking unmounts it and the carrier takes the next continuation in the queue. A task woken by
 * the running one (a send that a receiver waited for) is queued behind those already waiting, so
 * the order depends only on what the tasks do, not on timing. A running task is never pre-empted.
 *
 * <p>A task that joins one not yet started runs it itself, as with {@code pool}; a thread that is
 * not one of these tasks (main, a task of another scheduler) waits instead, so no task runs off
 * the carrier. What is not reproducible: wake-ups that come from outside, timers above all (a
 * {@code sleep} ends on the JDK's timer thread, so two sleeps racing each other may end in either
 * order), and main, which runs on a thread of its own beside the carrier.
 *
 * <p>Needs {@code --add-opens java.base/java.lang=ALL-UNNAMED} ({@link VirtualThreadsOn}): without
 * it activation fails and the kernel keeps the scheduler it had.
 */
@Component(service = Scheduler.class, immediate = true, configurationPolicy = ConfigurationPolicy.REQUIRE,
        configurationPid = "org.tlang.scheduler.deterministic")
public final class DeterministicScheduler extends CountedScheduler {
    private final ExecutorService carrier;
    private final ThreadLocal<Boolean> isTask;

    public DeterministicScheduler() {
        ExecutorService carrier = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "tlang-det-carrier");
            t.setDaemon(true);
            return t;
        });
        ThreadFactory threads;
        try {
            threads = VirtualThreadsOn.carrier(carrier).name("tlang-det-", 1).factory();
        } catch (RuntimeException e) {
            carrier.shutdown();
            throw e;
        }
        ThreadLocal<Boolean> isTask = new ThreadLocal<>(); // set in each task's thread, unset elsewhere
        this.carrier = carrier;
        this.isTask = isTask;
        super(r -> threads.newThread(() -> {
            isTask.set(Boolean.TRUE);
            r.run();
        }).start(), () -> isTask.get() != null);
    }

    /** Whether the calling thread is one of this scheduler's tasks. */
    boolean onCarrier() {
        return isTask.get() != null;
    }

    @Deactivate
    void deactivate() {
        carrier.shutdown(); // continuations queued still run; the kernel drained this scheduler before stopping it
    }
}
