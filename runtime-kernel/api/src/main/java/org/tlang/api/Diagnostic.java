package org.tlang.api;

/**
 * A message about a source position: errors are data, rendered by {@link Report}. {@code sourceLine}
 * is the text of the offending line, captured when the diagnostic is made so that rendering never
 * re-reads a file that may have changed since. A line of 0 means the message is about the whole file.
 */
public record Diagnostic(Severity severity, String file, int line, int column, String message, String sourceLine) {

    public Diagnostic(Severity severity, String file, int line, int column, String message) {
        this(severity, file, line, column, message, "");
    }

    /** An error about {@code file} as a whole. */
    public static Diagnostic error(String file, String message) {
        return new Diagnostic(Severity.ERROR, file, 0, 0, message);
    }

    /** The same place with another severity and message (a refusal pointing at what it refuses). */
    public Diagnostic with(Severity severity, String message) {
        return new Diagnostic(severity, file, line, column, message, sourceLine);
    }

    /** {@link Report#diagnostic} of this. */
    public String render() {
        return Report.diagnostic(this);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + severity.label() + ": " + message;
    }
}
