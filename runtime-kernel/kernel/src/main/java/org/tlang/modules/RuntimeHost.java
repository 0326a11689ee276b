package org.tlang.modules;

/** What the running runtime gives a program: its streams and the scheduler bound right now. */
public interface RuntimeHost {
    java.io.PrintStream out();

    java.io.PrintStream err();

    /** The kernel's router to the currently bound scheduler; spawn(...) goes here. */
    org.tlang.spi.scheduler.Scheduler scheduler();

    /**
     * The compiling execution tier bound right now, or null when only the interpreter runs (tier
     * {@code interp}). Read when a module version is loaded: its functions tier up through it.
     */
    default org.tlang.spi.tier.ExecutionTier tier() {
        return null;
    }
}
