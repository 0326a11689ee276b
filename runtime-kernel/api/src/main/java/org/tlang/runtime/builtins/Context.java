package org.tlang.runtime.builtins;

import org.tlang.spi.telemetry.Telemetry;

import java.util.concurrent.Callable;
import org.tlang.runtime.ProgramIo;
import org.tlang.spi.scheduler.Task;

/** What a built-in may reach of the program that calls it: its streams and its scheduler. */
public interface Context {
    ProgramIo io();

    /** The telemetry bound now ({@link Telemetry#NONE} when none is): what {@code #[trace]} functions open their spans in. */
    default Telemetry telemetry() {
        return Telemetry.NONE;
    }

    <T> Task<T> spawn(Callable<T> work);

    /**
     * Starts {@code work} as a task of the program. The resources the calling task owns that
     * {@code handedOn} holds (a closure's captures, an async call's arguments; null for none)
     * become the new task's.
     */
    default <T> Task<T> spawn(Callable<T> work, Object handedOn) {
        return spawn(work);
    }
}
