package org.tlang.spi.log;

/**
 * The host's logging backend, registered by the host as a service when it has one (Logback in
 * the distribution). Levels are names ({@code "info"}), a module is a T module name and null
 * stands for the default of T modules.
 */
public interface LogControl {
    /**
     * Builds what {@code settings} ask (opens the file, the syslog socket) without changing how the
     * runtime logs now; {@link Staged#commit} switches to it.
     *
     * @throws IllegalArgumentException it cannot be built; the message names the key ({@code log.file})
     */
    Staged stage(LogSettings settings);

    /** The level that applies to the events of {@code module} now (its own or the one it inherits). */
    String level(String module);

    /**
     * Sets the level of {@code module} (null: of T modules without one of their own) at once, in
     * every running program, until settings are staged and committed again.
     *
     * @return the level that applied before
     */
    String setLevel(String module, String level);

    /** Logging built by {@link #stage}: one of its methods is called, once. */
    interface Staged {
        /** Switches the runtime's logging to this; what it replaces is closed. */
        void commit();

        /** Closes what was built; the runtime logs as before. */
        void discard();
    }
}
