package org.tlang.modules;

import java.util.List;
import java.util.stream.Collectors;
import org.tlang.lang.source.Diagnostic;

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

    /** Every diagnostic rendered, then a count line. */
    public String render() {
        String all = diagnostics.stream().map(Diagnostic::render).collect(Collectors.joining("\n"));
        long errors = diagnostics.stream().filter(d -> d.severity() == org.tlang.lang.source.Severity.ERROR).count();
        return all + "\nerror: could not compile due to " + errors + " error" + (errors == 1 ? "" : "s") + "\n";
    }
}
