package org.tlang.scheduler.virtual;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadFactory;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.tlang.spi.scheduler.Scheduler;
import org.tlang.spi.scheduler.Task;
import org.tlang.spi.scheduler.TaskCounter;

/** Each T task is a virtual thread: cheap to create, cheap to park in {@code sleep} or blocking I/O. */
@Component(service = Scheduler.class, immediate = true, configurationPolicy = ConfigurationPolicy.REQUIRE,
        configurationPid = "org.tlang.scheduler.virtual")
public final class VirtualThreadScheduler implements Scheduler {
    private final TaskCounter tasks = new TaskCounter();
    private final ThreadFactory threads = Thread.ofVirtual().name("tlang-task-", 1).factory();

    @Override
    public <T> Task<T> spawn(Callable<T> work) {
        return tasks.launch(work, r -> threads.newThread(r).start());
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
