package org.tlang.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.tlang.spi.memory.Collector;
import org.tlang.spi.memory.UnboundCollector;

/**
 * The collector programs see: each resource is tracked by the collector bound when it opened, and
 * every later step of its life goes to that one, also after a swap, until it is closed (as a
 * swapped-out allocator keeps serving the releases of what it handed out).
 */
final class CollectorRouter implements Collector {
    private final SubsystemSlot slot;
    /** The collector of each resource tracked and not closed. */
    private final Map<AutoCloseable, Collector> governing = new ConcurrentHashMap<>();
    /** The collectors that tracked resources not all closed yet: the ones an owner's end concerns. */
    private final Set<Collector> active = ConcurrentHashMap.newKeySet();

    CollectorRouter(SubsystemSlot slot) {
        this.slot = slot;
    }

    private Collector bound() {
        return slot.service() instanceof Collector c ? c : UnboundCollector.INSTANCE;
    }

    private Collector of(AutoCloseable resource) {
        Collector c = governing.get(resource);
        return c == null ? UnboundCollector.INSTANCE : c;
    }

    @Override
    public void track(Object owner, AutoCloseable resource) {
        Collector c = bound();
        governing.put(resource, c);
        active.add(c);
        c.track(owner, resource);
    }

    /** Resources open under every collector, swapped-out ones included ({@code collector.live-total}). */
    @Override
    public long live() {
        return governing.size();
    }

    @Override
    public void handedOn(AutoCloseable resource, Object from, Object to) {
        of(resource).handedOn(resource, from, to);
    }

    @Override
    public void heldBy(AutoCloseable resource, Object holder) {
        of(resource).heldBy(resource, holder);
    }

    @Override
    public void ended(Object owner, List<AutoCloseable> owned) {
        for (Map.Entry<Collector, List<AutoCloseable>> e : byCollector(owned).entrySet()) e.getKey().ended(owner, e.getValue());
    }

    @Override
    public boolean closing(Object owner, AutoCloseable resource) {
        return of(resource).closing(owner, resource);
    }

    @Override
    public void closed(AutoCloseable resource) {
        Collector c = governing.remove(resource);
        if (c != null) c.closed(resource);
    }

    @Override
    public void stopped(List<AutoCloseable> leftOpen) {
        byCollector(leftOpen).forEach(Collector::stopped);
    }

    /** {@code resources} by the collector of each; every active collector is a key (an owner's end may concern it with none of them). */
    private Map<Collector, List<AutoCloseable>> byCollector(List<AutoCloseable> resources) {
        Map<Collector, List<AutoCloseable>> by = new LinkedHashMap<>();
        for (Collector c : active) by.put(c, new ArrayList<>());
        for (AutoCloseable r : resources) by.computeIfAbsent(of(r), c -> new ArrayList<>()).add(r);
        if (active.size() > 1) active.removeIf(c -> c != bound() && !governing.containsValue(c));
        return by;
    }
}
