package org.tlang.runtime;

/**
 * How the task that called {@code process.exit(status)} leaves its T code: at once, through every
 * frame on every tier. It is no panic (T code cannot stop it, and it has no trace to show); the
 * program was told to stop before it was thrown, and the task's root and the program's run end
 * quietly when it reaches them. An {@link Error}, so that code catching a runtime's exceptions
 * (a handler's 500, an internal error) lets it pass.
 */
public final class ProgramExit extends Error {
    private final int status;

    public ProgramExit(int status) {
        super("exit " + status, null, false, false);
        this.status = status;
    }

    /** The status the program exits with. */
    public int status() {
        return status;
    }
}
