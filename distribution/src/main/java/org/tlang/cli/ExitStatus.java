package org.tlang.cli;

import org.tlang.api.RunResult;

/** The exit codes of the command line, as Rust's cargo run gives them: 1 for a program that did not run, 101 for a panic; a program's own process.exit(status) gives that status. */
public final class ExitStatus {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int PANICKED = 101;
    /** The runtime itself could not start (sysexits' EX_SOFTWARE). */
    static final int NO_RUNTIME = 70;

    private ExitStatus() {}

    public static int of(RunResult result) {
        return switch (result.status()) {
            case COMPLETED -> OK;
            case COMPILE_ERROR, NOT_RUN -> FAILED;
            case PANICKED, INTERNAL_ERROR -> PANICKED;
            case EXITED -> result.exitStatus();
        };
    }
}
