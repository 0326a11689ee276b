package org.tlang.runtime;

import java.io.PrintStream;
import java.util.Objects;

/**
 * The standard streams of one running program: what {@code print} writes to and where the
 * runtime's reports about the program go. One per program, handed from the request that started it
 * to everything that runs its code.
 */
public record ProgramIo(PrintStream out, PrintStream err) {
    public ProgramIo {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
    }

    /** Prints {@code text} (and a newline) to {@code stream} at once, as one write that other tasks do not interleave. */
    public static void print(PrintStream stream, String text, boolean newline) {
        synchronized (stream) {
            if (newline) stream.println(text);
            else stream.print(text);
            stream.flush();
        }
    }

    public void flush() {
        out.flush();
        err.flush();
    }
}
