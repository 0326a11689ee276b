package org.tlang.lang.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tlang.api.Diagnostic;
import org.tlang.api.Severity;
import org.tlang.tir.Pos;

/**
 * The text of one T source file, read once. {@code displayName} is how diagnostics and stack
 * traces name it (the path as the user gave it, or relative to the package root).
 */
public record SourceFile(Path path, String displayName, String text) {

    public static SourceFile read(Path path) throws IOException {
        return new SourceFile(path, path.toString(), Files.readString(path));
    }

    public static SourceFile of(String displayName, String text) {
        return new SourceFile(Path.of(displayName), displayName, text);
    }

    /** A diagnostic at {@code pos} of this file, with the text of its line. */
    public Diagnostic diagnostic(Severity severity, Pos pos, String message) {
        return new Diagnostic(severity, displayName, pos.line(), pos.column(), message, pos.line() > 0 ? line(pos.line()) : "");
    }

    /** The text of 1-based {@code line}, without its line terminator; empty if out of range. */
    public String line(int line) {
        int start = 0;
        for (int i = 1; i < line; i++) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) return "";
            start = nl + 1;
        }
        int end = text.indexOf('\n', start);
        if (end < 0) end = text.length();
        String s = text.substring(start, end);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }
}
