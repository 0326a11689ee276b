package org.tlang.modules;

import org.tlang.runtime.PanicException;
import org.tlang.spi.telemetry.RuntimeEvents;
import org.tlang.spi.telemetry.Telemetry;

/** Where the kernel sees a panic end a program's main or a task: counted ({@code tlang.panics}) and a JFR event. */
final class PanicEvents {
    private PanicEvents() {}

    /** @param where {@code main} or {@code task}; a panic already counted (a task's, rethrown by a join) is not counted again */
    static void record(Telemetry telemetry, PanicException p, String where) {
        if (!p.firstCount()) return;
        telemetry.count("tlang.panics", 1, "where", where);
        RuntimeEvents.panic(p.getMessage(), where);
    }
}
