package org.tlang.modules;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The exit a program asked for with {@code process.exit}: its status (the first call's) and what
 * stops the program's work still running then (main, a REPL input), run once when it is asked for.
 */
final class RequestedExit {
    /** The panic message of the work the exit cancelled; a task that stops with it is no failure worth reporting. */
    static final String REASON = "the program exited";

    private final List<Runnable> stops = new CopyOnWriteArrayList<>();
    private volatile Integer status;

    /** Records {@code status} unless an exit was asked for already, and then stops what runs. */
    void request(int status) {
        synchronized (this) {
            if (this.status != null) return;
            this.status = status;
        }
        for (Runnable stop : stops) stop.run();
    }

    /** The status asked for, or null while none was. */
    Integer status() {
        return status;
    }

    /** Runs {@code stop} when an exit is asked for (at once if one was); the returned handle removes it. */
    Runnable onRequest(Runnable stop) {
        stops.add(stop);
        if (status != null) stop.run();
        return () -> stops.remove(stop);
    }
}
