package org.tlang.modules;

import java.util.List;
import java.util.stream.Collectors;
import org.tlang.api.Diagnostic;

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
        return render(diagnostics);
    }

    /** Diagnostics rendered one after another, then (if there are errors) a count line. */
    public static String render(List<Diagnostic> diagnostics) {
        String all = diagnostics.stream().map(Diagnostic::render).collect(Collectors.joining("\n"));
        long errors = diagnostics.stream().filter(d -> d.severity() == org.tlang.api.Severity.ERROR).count();
        if (errors == 0) return all;
        return all + "\nerror: could not compile due to " + errors + " error" + (errors == 1 ? "" : "s") + "\n";
    }
}
