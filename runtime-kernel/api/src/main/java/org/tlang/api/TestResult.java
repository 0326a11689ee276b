package org.tlang.api;

import java.util.List;

/**
 * What {@link TlangRuntime#test} found.
 *
 * @param passed      how many {@code test fn}s passed
 * @param failed      how many panicked (or failed an assertion), and how many files did not compile
 * @param diagnostics the compile errors of the files that did not compile (their tests did not run; the other files' did)
 * @param error       why no test could be found (no such file or folder), or null
 */
public record TestResult(int passed, int failed, List<Diagnostic> diagnostics, String error) {
    public TestResult {
        diagnostics = List.copyOf(diagnostics);
    }

    /** True when every test ran and passed. */
    public boolean ok() {
        return error == null && diagnostics.stream().noneMatch(Diagnostic::isError) && failed == 0;
    }
}
