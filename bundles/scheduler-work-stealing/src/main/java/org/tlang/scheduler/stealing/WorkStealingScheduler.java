package org.tlang.scheduler.stealing;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.component.annotations.Deactivate;
import org.tlang.spi.scheduler.CountedScheduler;
import org.tlang.spi.scheduler.Scheduler;

/**
 * T tasks run on a {@link ForkJoinPool} of a set parallelism: each carrier thread has a queue of
 * its own, a task spawned on a carrier goes to that carrier's queue, and an idle carrier steals
 * from the others. Spawning from inside a task therefore touches no shared queue, which pays for
 * fork/join work (many small tasks spawned by tasks); tasks spawned from outside (an HTTP request,
 * main) share the pool's submission queues. Queues are FIFO (async mode), so tasks start in about
 * the order they were spawned. As with {@code pool}, a task that joins one not yet started runs it
 * itself ({@link org.tlang.spi.scheduler.QueuedTask}).
 */
@Component(service = Scheduler.class, immediate = true, configurationPolicy = ConfigurationPolicy.REQUIRE,
        configurationPid = "org.tlang.scheduler.stealing")
@Designate(ocd = WorkStealingScheduler.Config.class, factory = true)
public final class WorkStealingScheduler extends CountedScheduler {

    /** Settings a profile gives under {@code [scheduler]}. */
    @ObjectClassDefinition(id = "org.tlang.scheduler.stealing", name = "scheduler work-stealing", description = "A ForkJoinPool of carriers that steal work.")
    public @interface Config {
        @AttributeDefinition(min = "0", max = "4096", description = "Carrier threads; 0 means one per available processor.")
        int parallelism() default 0;
    }

    private final ForkJoinPool pool;

    @Activate
    public WorkStealingScheduler(Config config) {
        int parallelism = config.parallelism() == 0 ? Runtime.getRuntime().availableProcessors() : config.parallelism();
        if (parallelism < 1 || parallelism > 4096) {
            throw new IllegalArgumentException("scheduler.parallelism must be between 1 and 4096, got " + config.parallelism());
        }
        AtomicInteger next = new AtomicInteger(1);
        ForkJoinPool pool = new ForkJoinPool(parallelism, p -> {
            ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
            t.setName("tlang-steal-" + next.getAndIncrement());
            return t;
        }, null, true);
        this.pool = pool;
        super(pool);
    }

    /** The carriers there are. */
    public int parallelism() {
        return pool.getParallelism();
    }

    /** How many tasks one carrier took from another's queue so far. */
    public long steals() {
        return pool.getStealCount();
    }

    @Deactivate
    void deactivate() {
        pool.shutdown(); // queued tasks still run; the kernel drained this scheduler before stopping it
    }
}
