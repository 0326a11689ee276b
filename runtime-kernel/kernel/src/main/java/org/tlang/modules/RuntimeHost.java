package org.tlang.modules;

import org.tlang.runtime.ProgramIo;
import org.tlang.spi.scheduler.Scheduler;
import org.tlang.spi.tier.ExecutionTier;

/** What the running runtime gives a program: its streams, the scheduler and the compiling tier bound right now. */
public interface RuntimeHost {
    ProgramIo io();

    /** The kernel's router to the currently bound scheduler; spawn(...) goes here. */
    Scheduler scheduler();

    /**
     * The compiling execution tier bound right now, or null when only the interpreter runs (tier
     * {@code interp}). Asked when a module version loads (an eager tier compiles it then) and
     * whenever one of its functions gets hot.
     */
    default ExecutionTier tier() {
        return null;
    }
}
