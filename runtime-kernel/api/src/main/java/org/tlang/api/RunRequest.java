package org.tlang.api;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One program run.
 *
 * @param file  the module whose {@code main} starts the program
 * @param args  passed to {@code fn main(args: Vec<Str>)}
 * @param out   the program's standard output
 * @param err   the program's standard error (diagnostics and panics too)
 * @param watch reload changed source files while the program runs
 */
public record RunRequest(Path file, List<String> args, PrintStream out, PrintStream err, boolean watch) {
    public RunRequest {
        Objects.requireNonNull(file, "file");
        args = List.copyOf(args);
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
    }

    public static RunRequest of(Path file, List<String> args) {
        return new RunRequest(file, args, System.out, System.err, false);
    }
}
