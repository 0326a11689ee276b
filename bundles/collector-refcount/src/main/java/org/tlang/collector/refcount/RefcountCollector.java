package org.tlang.collector.refcount;

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
 * Explicit reference counting: each holder that takes a resource retains it (the task that opened
 * it, each task it is handed on to, the program when a static keeps it, a channel while it is in
 * transit), and each releases it when it ends or closes it; the resource is freed when the count
 * drops to zero. Handing on is sharing here: the task that gave a handle away keeps using it until
 * it ends or closes it, so {@code close()} releases the caller's reference only (and does nothing
 * for a task that holds none). What a task (main included) or a channel still retains when the
 * program stops is a leak: counted in the metrics and, with {@code report-leaks}, logged; what the
 * program itself retains (a static) is not.
 */
@Component(service = Collector.class, immediate = true, configurationPolicy = ConfigurationPolicy.REQUIRE,
        configurationPid = "org.tlang.collector.refcount")
@Designate(ocd = RefcountCollector.Config.class, factory = true)
public final class RefcountCollector implements Collector, Metered {
    private static final Logger LOG = LoggerFactory.getLogger(RefcountCollector.class);

    /** Settings a profile gives under {@code [collector]}. */
    @ObjectClassDefinition(id = "org.tlang.collector.refcount", name = "collector refcount", description = "Retain and release; freed at zero; leaks reported.")
    public @interface Config {
        @AttributeDefinition(description = "Log each resource still retained when its program stops (always counted as 'leaks').")
        boolean report$_$leaks() default true;
    }

    private final boolean reportLeaks;
    private final Counts counts = new Counts();
    private final AtomicLong tracked = new AtomicLong();
    private final AtomicLong live = new AtomicLong();
    private final AtomicLong retains = new AtomicLong();
    private final AtomicLong releases = new AtomicLong();
    private final AtomicLong freedAtZero = new AtomicLong();
    private final AtomicLong leaks = new AtomicLong();

    @Activate
    public RefcountCollector(Config config) {
        reportLeaks = config.report$_$leaks();
    }

    @Override
    public void track(Object owner, AutoCloseable resource) {
        tracked.incrementAndGet();
        live.incrementAndGet();
        retain(resource, owner);
    }

    @Override
    public void handedOn(AutoCloseable resource, Object from, Object to) {
        retain(resource, to);
        // a channel (or an unjoined result) lets go of what it delivered; a task keeps its reference until it ends
        if (from == IN_TRANSIT) {
            releases.incrementAndGet();
            counts.release(resource, from);
        }
    }

    @Override
    public void ended(Object owner, List<AutoCloseable> owned) {
        Counts.Released released = counts.releaseAll(owner);
        releases.addAndGet(released.references());
        for (AutoCloseable r : released.unheld()) free(r);
    }

    @Override
    public boolean closing(Object owner, AutoCloseable resource) {
        if (counts.holders(resource).contains(owner)) releases.incrementAndGet();
        boolean zero = counts.release(resource, owner);
        if (zero) freedAtZero.incrementAndGet();
        return zero;
    }

    @Override
    public void closed(AutoCloseable resource) {
        counts.forget(resource);
        live.decrementAndGet();
    }

    @Override
    public void stopped(List<AutoCloseable> leftOpen) {
        for (AutoCloseable r : leftOpen) {
            List<Object> by = counts.holders(r).stream().filter(h -> h != PROGRAM).toList();
            if (by.isEmpty()) continue;
            leaks.incrementAndGet();
            if (reportLeaks) LOG.warn("leak: {} still retained when its program stopped, by {}; closed now", r,
                    String.join(" and ", by.stream().map(String::valueOf).toList()));
        }
    }

    private void retain(AutoCloseable resource, Object holder) {
        retains.incrementAndGet();
        counts.retain(resource, holder);
    }

    private void free(AutoCloseable resource) {
        freedAtZero.incrementAndGet();
        try {
            resource.close();
        } catch (Exception e) {
            LOG.debug("closing {} at count zero failed: {}", resource, e.toString());
        }
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
        m.put("retains", retains.get());
        m.put("releases", releases.get());
        m.put("freed-at-zero", freedAtZero.get());
        m.put("leaks", leaks.get());
        return m;
    }
}
