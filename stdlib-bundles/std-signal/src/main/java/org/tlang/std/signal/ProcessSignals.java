package org.tlang.std.signal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * This process's signals as the JDK delivers them ({@code sun.misc.Signal}, each on a new platform
 * thread of the JVM's): one JDK handler per signal, installed when its first listener comes,
 * which calls every listener; the handler it replaced comes back when the last one goes.
 */
final class ProcessSignals {
    private final Map<String, Set<Runnable>> listeners = new HashMap<>();
    private final Map<String, SignalHandler> replaced = new HashMap<>();

    /** @return null, or why the signal cannot be handled here (the JVM keeps it, as with -Xrs) */
    synchronized String add(String name, Runnable listener) {
        if (!replaced.containsKey(name)) {
            try {
                replaced.put(name, Signal.handle(new Signal(name), signal -> deliver(name)));
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        }
        listeners.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(listener);
        return null;
    }

    synchronized void remove(String name, Runnable listener) {
        Set<Runnable> of = listeners.get(name);
        if (of == null || !of.remove(listener) || !of.isEmpty()) return;
        listeners.remove(name);
        Signal.handle(new Signal(name), replaced.remove(name));
    }

    synchronized void restoreAll() {
        replaced.forEach((name, handler) -> Signal.handle(new Signal(name), handler));
        replaced.clear();
        listeners.clear();
    }

    private void deliver(String name) {
        List<Runnable> now;
        synchronized (this) {
            now = List.copyOf(listeners.getOrDefault(name, Set.of()));
        }
        for (Runnable listener : now) listener.run();
    }
}
