package org.tlang.spi.natives;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The resources one program has open (files, sockets, child processes), by the id its T values
 * carry. A resource closes when T code closes it or, at the latest, when the program stops.
 * Thread-safe: the program's tasks share it.
 */
public final class Resources {
    private final Map<Long, AutoCloseable> open = new ConcurrentHashMap<>();
    private final AtomicLong next = new AtomicLong(1);
    private final Map<String, Long> named = new ConcurrentHashMap<>();

    /** Takes {@code resource} into the program's care; returns its id. */
    public long add(AutoCloseable resource) {
        long id = next.getAndIncrement();
        open.put(id, resource);
        return id;
    }

    /** The id of the one resource called {@code name} (the program's stdout, say), opened by {@code open} on first use. */
    public long named(String name, Supplier<? extends AutoCloseable> open) {
        return named.computeIfAbsent(name, n -> add(open.get()));
    }

    /** The open resource {@code id} if it is a {@code type}; null if it was closed (or never was one). */
    public <T> T get(long id, Class<T> type) {
        AutoCloseable r = open.get(id);
        return type.isInstance(r) ? type.cast(r) : null;
    }

    /** Closes resource {@code id}; false if it was closed already. A failure to close passes on. */
    public boolean close(long id) throws Exception {
        AutoCloseable r = open.remove(id);
        if (r == null) return false;
        r.close();
        return true;
    }

    /** How many are open. */
    public int count() {
        return open.size();
    }

    /** Closes every resource still open (the program stopped); failures to close are ignored. */
    public void closeAll() {
        for (Long id : open.keySet()) {
            AutoCloseable r = open.remove(id);
            if (r == null) continue;
            try {
                r.close();
            } catch (Exception e) {
                // the program is gone: nobody is left to tell
            }
        }
    }
}
