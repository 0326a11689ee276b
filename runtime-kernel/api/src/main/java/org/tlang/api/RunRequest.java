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
 * @param locked refuse to change the package's {@code tlang.lock} (the command line's {@code --locked}): a run
 *               whose packages differ from it does not start, with an error naming the package and what changed
 * @param allow  the command line's grants to the program ({@code --allow-net=127.0.0.1:*} gives
 *               {@code net=127.0.0.1:*}; {@code --allow-all} gives {@code all}); null when none were given
 * @param limits the run's deadline and fuel ({@code --max-ms}, {@code --max-fuel}), before the profile's
 */
public record RunRequest(Path file, List<String> args, PrintStream out, PrintStream err, boolean watch, InputStream in, boolean locked,
                         List<String> allow, Limits limits) {
    public RunRequest {
        Objects.requireNonNull(file, "file");
        args = List.copyOf(args);
        allow = allow == null ? null : List.copyOf(allow);
        if (limits == null) limits = Limits.NONE;
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(in, "in");
    }

    /** A run with no grants from the command line. */
    public RunRequest(Path file, List<String> args, PrintStream out, PrintStream err, boolean watch, InputStream in, boolean locked) {
        this(file, args, out, err, watch, in, locked, null, Limits.NONE);
    }

    /** This run with {@code limits}. */
    public RunRequest limitedTo(Limits limits) {
        return new RunRequest(file, args, out, err, watch, in, locked, allow, limits);
    }

    /** This run with the command line's grants {@code allow} (see {@link #allow()}). */
    public RunRequest allowing(List<String> allow) {
        return new RunRequest(file, args, out, err, watch, in, locked, allow, limits);
    }

    /** A run that may write the package's lock. */
    public RunRequest(Path file, List<String> args, PrintStream out, PrintStream err, boolean watch, InputStream in) {
        this(file, args, out, err, watch, in, false);
    }

    /** A run whose standard input is empty. */
    public RunRequest(Path file, List<String> args, PrintStream out, PrintStream err, boolean watch) {
        this(file, args, out, err, watch, InputStream.nullInputStream());
    }

    public static RunRequest of(Path file, List<String> args) {
        return new RunRequest(file, args, System.out, System.err, false, System.in);
    }
}
