package org.tlang.scheduler.pool;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.tlang.spi.scheduler.CountedScheduler;
import org.tlang.spi.scheduler.Scheduler;

/**
 * T tasks run on a fixed pool of platform threads, for CPU-bound work that should not share
 * carriers with I/O. A task that joins one not yet started runs it itself (see
 * {@link org.tlang.spi.scheduler.QueuedTask}), so nested spawn/join cannot exhaust the pool.
 */
@Component(service = Scheduler.class, immediate = true, configurationPolicy = ConfigurationPolicy.REQUIRE,
        configurationPid = "org.tlang.scheduler.pool")
@Designate(ocd = PlatformPoolScheduler.Config.class, factory = true)
public final class PlatformPoolScheduler extends CountedScheduler {

    /** Settings a profile gives under {@code [scheduler]}. */
    @ObjectClassDefinition(id = "org.tlang.scheduler.pool", name = "scheduler pool", description = "A fixed pool of platform threads.")
    public @interface Config {
        @AttributeDefinition(min = "0", max = "4096", description = "Platform threads; 0 for one per processor.")
        int threads() default 0;
    }

    private final ExecutorService pool;

    @Activate
    public PlatformPoolScheduler(Config config) {
        int threads = config.threads() == 0 ? Runtime.getRuntime().availableProcessors() : config.threads();
        if (threads < 1 || threads > 4096) {
            throw new IllegalArgumentException("scheduler.threads must be between 1 and 4096, got " + config.threads());
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("tlang-pool-", 1).daemon(true).factory());
        this.pool = pool;
        super(pool);
    }

    @Deactivate
    void deactivate() {
        pool.shutdown(); // queued tasks still run; the kernel drained this scheduler before stopping it
    }
}
