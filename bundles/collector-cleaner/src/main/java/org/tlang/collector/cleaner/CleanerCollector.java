package org.tlang.collector.cleaner;

import java.lang.ref.Cleaner;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.tlang.spi.Metered;
import org.tlang.spi.memory.Collector;

/**
 * Tracing: a resource closes once every T value that holds it (its {@code File}, the
 * {@code Reader} made from it) is unreachable, as the JVM's collector finds, through a
 * {@link Cleaner}; or when T code closes it, or its program stops. Who owns it does not matter,
 * so a handle that outlives the task that opened it stays open as long as something refers to it
 * (a shared cell, a map another task reads), and one dropped without {@code close()} is closed
 * after the next GC that finds it. When that is depends on the heap: a program that opens many
 * files and drops them may hold more open than under {@code region}.
 */
@Component(service = Collector.class, immediate = true, configurationPolicy = ConfigurationPolicy.REQUIRE,
        configurationPid = "org.tlang.collector.cleaner")
public final class CleanerCollector implements Collector, Metered {
    private final Cleaner cleaner = Cleaner.create(Thread.ofPlatform().daemon().name("tlang-collector-cleaner").factory());
    /** The resources tracked and open. */
    private final Map<AutoCloseable, Watch> watched = new ConcurrentHashMap<>();
    private final AtomicLong tracked = new AtomicLong();
    private final AtomicLong holders = new AtomicLong();
    private final AtomicLong collected = new AtomicLong();

    /** One resource: how many of its holders are reachable still, and whether it closed. */
    private static final class Watch {
        final AtomicInteger reachable = new AtomicInteger();
        volatile boolean closed;
    }

    /** Runs when one holder of {@code resource} became unreachable; holds no reference to the holder. */
    private record Unreachable(AutoCloseable resource, Watch watch, AtomicLong collected) implements Runnable {
        @Override
        public void run() {
            if (watch.reachable.decrementAndGet() > 0 || watch.closed) return;
            try {
                resource.close();
                collected.incrementAndGet();
            } catch (Exception e) {
                // no one holds it any more to be told
            }
        }
    }

    @Override
    public void track(Object owner, AutoCloseable resource) {
        tracked.incrementAndGet();
        watched.put(resource, new Watch());
    }

    @Override
    public void heldBy(AutoCloseable resource, Object holder) {
        Watch w = watched.get(resource);
        if (w == null || w.closed) return;
        w.reachable.incrementAndGet();
        holders.incrementAndGet();
        cleaner.register(holder, new Unreachable(resource, w, collected));
    }

    /** A task's end frees nothing here: what it opened lives as long as something holds it. */
    @Override
    public void ended(Object owner, List<AutoCloseable> owned) {}

    @Override
    public void closed(AutoCloseable resource) {
        Watch w = watched.remove(resource);
        if (w != null) w.closed = true;
    }

    @Override
    public long live() {
        return watched.size();
    }

    @Override
    public Map<String, Number> metrics() {
        Map<String, Number> m = new LinkedHashMap<>();
        m.put("live", (long) watched.size());
        m.put("tracked", tracked.get());
        m.put("holders-watched", holders.get());
        m.put("closed-unreachable", collected.get());
        return m;
    }
}
