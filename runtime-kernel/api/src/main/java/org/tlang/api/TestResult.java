package org.tlang.api;

import java.util.List;

/**
 * What {@link TlangRuntime#test} found.
 *
 * @param passed      how many {@code test fn}s passed
 * @param failed      how many panicked (or failed an assertion)
 * @param diagnostics compile errors that kept the tests from running (then no test ran)
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
