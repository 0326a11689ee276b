package org.tlang.modules;

import java.util.List;
import org.tlang.api.Diagnostic;
import org.tlang.api.Report;

/** A program did not compile: every diagnostic of the attempt. */
public final class CompileException extends Exception {
    private final List<Diagnostic> diagnostics;

    public CompileException(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "compile failed" : diagnostics.getFirst().toString(), null, false, false);
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** {@link Report#compileErrors} of the diagnostics. */
    public String render() {
        return Report.compileErrors(diagnostics);
    }
}
