package org.tlang.packages;

import java.util.List;
import org.tlang.api.Diagnostic;

/** A package, its graph or its lock is not right: every error, each naming its file and key or line. */
public final class PackageException extends Exception {
    private final List<Diagnostic> diagnostics;

    public PackageException(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "" : diagnostics.getFirst().toString(), null, false, false);
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
