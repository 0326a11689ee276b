package org.tlang.api;

import java.io.InputStream;
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
 * @param in    the program's standard input ({@code std.io.stdin()})
 */
public record RunRequest(Path file, List<String> args, PrintStream out, PrintStream err, boolean watch, InputStream in) {
    public RunRequest {
        Objects.requireNonNull(file, "file");
        args = List.copyOf(args);
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(in, "in");
    }

    /** A run whose standard input is empty. */
    public RunRequest(Path file, List<String> args, PrintStream out, PrintStream err, boolean watch) {
        this(file, args, out, err, watch, InputStream.nullInputStream());
    }

    public static RunRequest of(Path file, List<String> args) {
        return new RunRequest(file, args, System.out, System.err, false, System.in);
    }
}
