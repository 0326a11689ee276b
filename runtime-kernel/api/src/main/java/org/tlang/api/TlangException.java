package org.tlang.api;

import java.util.List;

/**
 * What went wrong for an embedding host, in one line of message: the runtime could not boot, a
 * module does not compile ({@link #diagnostics}), a function does not exist or was given the wrong
 * arguments, or T code panicked ({@link #panic}, with its T stack trace).
 */
public final class TlangException extends RuntimeException {
    private final transient Panic panic;
    private final transient List<Diagnostic> diagnostics;

    public TlangException(String message) {
        this(message, null, null, List.of());
    }

    public TlangException(String message, Throwable cause) {
        this(message, cause, null, List.of());
    }

    private TlangException(String message, Throwable cause, Panic panic, List<Diagnostic> diagnostics) {
        super(message, cause);
        this.panic = panic;
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** T code panicked: the message is the panic's ({@code panic: index out of bounds}). */
    public static TlangException panicked(Panic panic) {
        return new TlangException("panic: " + panic.message(), null, panic, List.of());
    }

    /** A module did not compile: the message is the first error, {@link #rendered} has them all. */
    public static TlangException compileErrors(List<Diagnostic> diagnostics) {
        String first = diagnostics.stream().filter(Diagnostic::isError).findFirst().map(Diagnostic::toString).orElse("does not compile");
        return new TlangException(first, null, null, diagnostics);
    }

    /** The panic, for an exception of T code panicking; else null. */
    public Panic panic() {
        return panic;
    }

    /** The T stack trace of the panic, innermost frame first ({@code app.math.div (src/app/math.t:3:5)}); empty if none. */
    public List<String> trace() {
        return panic == null ? List.of() : panic.trace();
    }

    /** The compile errors, for a module that did not compile; else empty. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** As {@code tlang run} would report it: the panic with its trace, every diagnostic, or the message. */
    public String rendered() {
        if (panic != null) return Report.panic(panic);
        if (!diagnostics.isEmpty()) return Report.listing(diagnostics);
        return Report.error(getMessage());
    }
}
