package org.tlang.lang.source;

import org.tlang.api.Diagnostic;
import org.tlang.api.Severity;

import org.tlang.tir.Pos;

import java.util.ArrayList;
import java.util.List;

/** Collects the diagnostics of one compilation. Not thread-safe: one per compile. */
public final class Reporter {
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    public void error(SourceFile source, Pos pos, String message) {
        Diagnostic d = source.diagnostic(Severity.ERROR, pos, message);
        if (!diagnostics.contains(d)) diagnostics.add(d);
    }

    public void warning(SourceFile source, Pos pos, String message) {
        Diagnostic d = source.diagnostic(Severity.WARNING, pos, message);
        if (!diagnostics.contains(d)) diagnostics.add(d);
    }

    public void add(Diagnostic d) {
        diagnostics.add(d);
    }

    public boolean hasErrorAt(SourceFile source, Pos pos) {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR && d.file().equals(source.displayName())
                && d.line() == pos.line() && d.column() == pos.column());
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    public int errorCount() {
        return (int) diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
    }

    public List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }
}
