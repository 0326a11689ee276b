package org.tlang.api;

import java.util.List;

/**
 * What {@link TlangRuntime#check} found.
 *
 * @param diagnostics every diagnostic of the compile (errors and warnings), in file order
 * @param error       why nothing could be checked (no such file), or null
 */
public record CheckResult(List<Diagnostic> diagnostics, String error) {
    public CheckResult {
        diagnostics = List.copyOf(diagnostics);
    }

    /** How many diagnostics are errors (warnings do not count); a file that cannot be read counts as one. */
    public int errors() {
        return (int) diagnostics.stream().filter(Diagnostic::isError).count() + (error == null ? 0 : 1);
    }

    public boolean ok() {
        return errors() == 0;
    }

    /** Every diagnostic with file:line:column, the source line and a caret; empty if none. */
    public String rendered() {
        return error != null ? Report.error(error) : Report.listing(diagnostics);
    }
}
