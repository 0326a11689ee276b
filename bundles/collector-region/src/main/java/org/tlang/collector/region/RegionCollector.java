package org.tlang.collector.region;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tlang.spi.Metered;
import org.tlang.spi.memory.Collector;

/**
 * Each task is a region: what it opens is its own, and closes when it ends, unless it handed it on
 * (returned it, sent it, spawned a task that captured it), when it is the receiver's region's; what
 * the program keeps (in a static, opened outside any task) closes when the program stops. Cheap and
 * predictable; a handle kept where the runtime cannot see it being handed on (a shared mutable
 * cell) closes with the task that opened it.
 */
@Component(service = Collector.class, immediate = true, configurationPolicy = ConfigurationPolicy.REQUIRE,
        configurationPid = "org.tlang.collector.region")
@Designate(ocd = RegionCollector.Config.class, factory = true)
public final class RegionCollector implements Collector, Metered {
    private static final Logger LOG = LoggerFactory.getLogger(RegionCollector.class);

    /** Settings a profile gives under {@code [collector]}. */
    @ObjectClassDefinition(id = "org.tlang.collector.region", name = "collector region", description = "Resources freed with the task that owns them.")
    public @interface Config {
        @AttributeDefinition(description = "Log each resource still open when its program stops (kept by a static, never received).")
        boolean report$_$leaks() default false;
    }

    private final boolean reportLeaks;
    private final AtomicLong tracked = new AtomicLong();
    private final AtomicLong live = new AtomicLong();
    private final AtomicLong freedAtEnd = new AtomicLong();
    private final AtomicLong handedOn = new AtomicLong();
    private final AtomicLong leftAtStop = new AtomicLong();

    @Activate
    public RegionCollector(Config config) {
        reportLeaks = config.report$_$leaks();
    }

    @Override
    public void track(Object owner, AutoCloseable resource) {
        tracked.incrementAndGet();
        live.incrementAndGet();
    }

    @Override
    public void handedOn(AutoCloseable resource, Object from, Object to) {
        handedOn.incrementAndGet();
    }

    @Override
    public void ended(Object owner, List<AutoCloseable> owned) {
        for (AutoCloseable r : owned) {
            try {
                r.close();
                freedAtEnd.incrementAndGet();
            } catch (Exception e) {
                LOG.debug("closing {} as its task ended failed: {}", r, e.toString());
            }
        }
    }

    @Override
    public void closed(AutoCloseable resource) {
        live.decrementAndGet();
    }

    @Override
    public void stopped(List<AutoCloseable> leftOpen) {
        leftAtStop.addAndGet(leftOpen.size());
        if (reportLeaks) for (AutoCloseable r : leftOpen) LOG.warn("{} still open when its program stopped: closed now", r);
    }

    @Override
    public long live() {
        return live.get();
    }

    @Override
    public Map<String, Number> metrics() {
        Map<String, Number> m = new LinkedHashMap<>();
        m.put("live", live.get());
        m.put("tracked", tracked.get());
        m.put("freed-at-task-end", freedAtEnd.get());
        m.put("handed-on", handedOn.get());
        m.put("open-at-stop", leftAtStop.get());
        return m;
    }
}
