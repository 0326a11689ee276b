package org.tlang.api;

import java.util.List;

/**
 * How a run of a T program ended, as data: {@link Report#run} renders it and the command line
 * turns {@link #status} into an exit code.
 *
 * @param diagnostics the compile errors, for {@link Status#COMPILE_ERROR}
 * @param panic       the panic that ended main, for {@link Status#PANICKED}
 * @param unjoined    panics of spawned tasks that nobody joined, in any status
 * @param error       the rendered reason, for {@link Status#NOT_RUN} and {@link Status#INTERNAL_ERROR}
 * @param exitStatus  the status the program gave {@code process.exit}, for {@link Status#EXITED}
 */
public record RunResult(Status status, List<Diagnostic> diagnostics, Panic panic, List<Panic> unjoined, String error, int exitStatus) {

    public enum Status {
        /** main returned. */
        COMPLETED,
        /** The program did not compile; nothing ran. */
        COMPILE_ERROR,
        /** main panicked (a stack overflow, a failed assertion, an explicit panic, ...). */
        PANICKED,
        /** There was nothing to run: no such file, or no {@code fn main}. */
        NOT_RUN,
        /** A bug in the runtime, not in the program. */
        INTERNAL_ERROR,
        /** The program called {@code process.exit} (in main or in any task); see {@link #exitStatus}. */
        EXITED
    }

    public RunResult {
        diagnostics = List.copyOf(diagnostics);
        unjoined = List.copyOf(unjoined);
    }

    /** A result of any status but {@link Status#EXITED}. */
    public RunResult(Status status, List<Diagnostic> diagnostics, Panic panic, List<Panic> unjoined, String error) {
        this(status, diagnostics, panic, unjoined, error, 0);
    }

    public static RunResult completed(List<Panic> unjoined) {
        return new RunResult(Status.COMPLETED, List.of(), null, unjoined, null, 0);
    }

    public static RunResult compileError(List<Diagnostic> diagnostics) {
        return new RunResult(Status.COMPILE_ERROR, diagnostics, null, List.of(), null, 0);
    }

    public static RunResult panicked(Panic panic, List<Panic> unjoined) {
        return new RunResult(Status.PANICKED, List.of(), panic, unjoined, null, 0);
    }

    public static RunResult notRun(String message) {
        return new RunResult(Status.NOT_RUN, List.of(), null, List.of(), Report.error(message), 0);
    }

    public static RunResult internalError(String rendered, List<Panic> unjoined) {
        return new RunResult(Status.INTERNAL_ERROR, List.of(), null, unjoined, rendered, 0);
    }

    public static RunResult exited(int exitStatus, List<Panic> unjoined) {
        return new RunResult(Status.EXITED, List.of(), null, unjoined, null, exitStatus);
    }
}
