package org.tlang.modules;

/** What the running runtime gives a program: its streams and the scheduler bound right now. */
public interface RuntimeHost {
    java.io.PrintStream out();

    java.io.PrintStream err();

    /** The kernel's router to the currently bound scheduler; spawn(...) goes here. */
    org.tlang.spi.scheduler.Scheduler scheduler();
}
