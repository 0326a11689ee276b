package org.tlang.api;

/**
 * A message about a source position: errors are data. {@code sourceLine} is the text of the
 * offending line, captured when the diagnostic is made so that rendering never re-reads a file
 * that may have changed since.
 */
public record Diagnostic(Severity severity, String file, int line, int column, String message, String sourceLine) {

    public Diagnostic(Severity severity, String file, int line, int column, String message) {
        this(severity, file, line, column, message, "");
    }

    /** Rust-style: the message, the location, the source line and a caret under the column. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append(severity.label()).append(": ").append(message).append('\n');
        if (line <= 0) {
            sb.append(" --> ").append(file).append('\n');
            return sb.toString();
        }
        String num = Integer.toString(line);
        String pad = " ".repeat(num.length());
        sb.append(pad).append("--> ").append(file).append(':').append(line).append(':').append(column).append('\n');
        sb.append(pad).append(" |\n");
        sb.append(num).append(" | ").append(sourceLine).append('\n');
        sb.append(pad).append(" | ");
        for (int i = 0; i < column - 1 && i < sourceLine.length(); i++) {
            sb.append(sourceLine.charAt(i) == '\t' ? '\t' : ' ');
        }
        sb.append("^\n");
        return sb.toString();
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + severity.label() + ": " + message;
    }
}
