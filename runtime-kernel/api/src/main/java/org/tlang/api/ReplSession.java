package org.tlang.api;

import java.nio.file.Path;

/**
 * An interactive session: items, bindings and expressions entered one at a time, each building on
 * the ones before. Values of expressions go to the session's output; errors go to its error stream
 * and leave the session as it was. Whatever an input does (a compile error, a panic, a stack
 * overflow, an error of the runtime itself) is reported as a T error and the session goes on.
 *
 * <p>Positions in what the session reports name the input as {@code <repl-N>} (inputs counted from
 * 1 as {@link #eval} and {@link #printType} get them) with the line and column in what was typed,
 * and a loaded file by its path.
 */
@org.osgi.annotation.versioning.ProviderType
public interface ReplSession extends AutoCloseable {

    /**
     * Evaluates one complete input: an item ({@code fn}, {@code struct}, {@code impl}, {@code import}, ...),
     * a binding ({@code let x = ..}), a statement, or an expression whose value is printed.
     *
     * @return false if the input was refused (a compile error or a panic)
     */
    boolean eval(String input);

    /** Prints the type of an expression; false if it does not compile. */
    boolean printType(String expression);

    /** Adds the items of a T file to the session; false if they do not compile. */
    boolean load(Path file);

    /**
     * Stops the input being evaluated now, if any, from another thread (Ctrl-C): it panics
     * {@code interrupted} and the session goes on. A wait (sleep, a channel, a join) ends at once;
     * code that never waits stops at its next check for cancellation.
     */
    void cancel();

    /**
     * The status the session's program gave {@code process.exit} (in an input or in a task one
     * spawned), or empty while it did not. The exit ends the session's program: the input stops,
     * its resources close and every later input is refused; the JVM goes on.
     */
    java.util.OptionalInt exitStatus();

    /** False while {@code input} has an unclosed bracket, string or comment: the line editor asks for more. */
    boolean isComplete(String input);

    @Override
    void close();
}
