package org.tlang.collector.refcount;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who retains what: each resource's holders (its count is how many), and each holder's resources
 * (what its end releases). A holder retains a resource once however often it takes it. One lock:
 * every step is a few map operations.
 */
final class Counts {
    private final Map<AutoCloseable, Set<Object>> holders = new HashMap<>();
    private final Map<Object, Set<AutoCloseable>> retained = new HashMap<>();

    synchronized void retain(AutoCloseable resource, Object holder) {
        holders.computeIfAbsent(resource, r -> new HashSet<>()).add(holder);
        retained.computeIfAbsent(holder, h -> new HashSet<>()).add(resource);
    }

    /** {@code holder} releases {@code resource}: true if it retained it and no one does now. */
    synchronized boolean release(AutoCloseable resource, Object holder) {
        Set<Object> of = holders.get(resource);
        if (of == null || !of.remove(holder)) return false;
        unretain(holder, resource);
        return of.isEmpty();
    }

    /** What {@link #releaseAll} did: how many references it released, and which resources no one retains now. */
    record Released(int references, List<AutoCloseable> unheld) {}

    /** {@code holder} releases all it retains. */
    synchronized Released releaseAll(Object holder) {
        Set<AutoCloseable> his = retained.remove(holder);
        if (his == null) return new Released(0, List.of());
        List<AutoCloseable> unheld = his.stream().filter(r -> {
            Set<Object> of = holders.get(r);
            return of != null && of.remove(holder) && of.isEmpty();
        }).toList();
        return new Released(his.size(), unheld);
    }

    /** Forgets {@code resource}, closed, and who retained it. */
    synchronized void forget(AutoCloseable resource) {
        Set<Object> of = holders.remove(resource);
        if (of != null) for (Object holder : of) unretain(holder, resource);
    }

    /** Who retains {@code resource} now. */
    synchronized List<Object> holders(AutoCloseable resource) {
        Set<Object> of = holders.get(resource);
        return of == null ? List.of() : List.copyOf(of);
    }

    private void unretain(Object holder, AutoCloseable resource) {
        Set<AutoCloseable> his = retained.get(holder);
        if (his != null && his.remove(resource) && his.isEmpty()) retained.remove(holder);
    }
}
