package org.tlang.api;

import java.nio.file.Path;

/**
 * An interactive session: items, bindings and expressions entered one at a time, each building on
 * the ones before. Values of expressions go to the session's output; errors go to its error stream
 * and leave the session as it was.
 */
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

    /** False while {@code input} has an unclosed bracket, string or comment: the line editor asks for more. */
    boolean isComplete(String input);

    @Override
    void close();
}
