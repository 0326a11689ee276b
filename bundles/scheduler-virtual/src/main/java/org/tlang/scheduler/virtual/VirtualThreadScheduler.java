package org.tlang.scheduler.virtual;

import java.util.concurrent.ThreadFactory;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.tlang.spi.scheduler.CountedScheduler;
import org.tlang.spi.scheduler.Scheduler;

/** Each T task is a virtual thread: cheap to create, cheap to park in {@code sleep} or blocking I/O. */
@Component(service = Scheduler.class, immediate = true, configurationPolicy = ConfigurationPolicy.REQUIRE,
        configurationPid = "org.tlang.scheduler.virtual")
public final class VirtualThreadScheduler extends CountedScheduler {
    public VirtualThreadScheduler() {
        ThreadFactory threads = Thread.ofVirtual().name("tlang-task-", 1).factory();
        super(r -> threads.newThread(r).start());
    }
}
