package org.tlang.std.signal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tlang.runtime.FnValue;
import org.tlang.runtime.PanicException;
import org.tlang.spi.natives.NativeContext;

/**
 * The signal handlers of one program, a resource of the program (closed when it stops, which
 * removes them): each signal the process receives starts each of its handlers as a task of the
 * program; a handler's panic is reported on the program's stderr.
 */
final class ProgramHandlers implements AutoCloseable {
    private final NativeContext cx;
    private final ProcessSignals signals;
    private final Map<String, List<FnValue>> handlers = new HashMap<>();
    /** This program's one listener per signal, as {@link ProcessSignals} knows it. */
    private final Map<String, Runnable> listening = new HashMap<>();

    ProgramHandlers(NativeContext cx, ProcessSignals signals) {
        this.cx = cx;
        this.signals = signals;
    }

    synchronized String add(String signal, FnValue handler) {
        if (!listening.containsKey(signal)) {
            Runnable listener = () -> fire(signal);
            String refused = signals.add(signal, listener);
            if (refused != null) return refused;
            listening.put(signal, listener);
        }
        handlers.computeIfAbsent(signal, s -> new ArrayList<>()).add(handler);
        return null;
    }

    synchronized void remove(String signal) {
        handlers.remove(signal);
        Runnable listener = listening.remove(signal);
        if (listener != null) signals.remove(signal, listener);
    }

    private void fire(String signal) {
        List<FnValue> now;
        synchronized (this) {
            now = List.copyOf(handlers.getOrDefault(signal, List.of()));
        }
        for (FnValue handler : now) {
            cx.spawn(() -> {
                try {
                    handler.call(new Object[0]);
                } catch (PanicException p) {
                    cx.streams().err().print("std.signal: a handler of SIG" + signal + " failed with a panic:\n" + p.render());
                    cx.streams().err().flush();
                }
                return null;
            });
        }
    }

    @Override
    public synchronized void close() {
        for (String signal : List.copyOf(listening.keySet())) remove(signal);
    }
}
