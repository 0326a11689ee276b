package org.tlang.api;

/**
 * What {@link TlangRuntime#test} found.
 *
 * @param passed how many {@code test fn}s passed
 * @param failed how many panicked (or failed an assertion)
 * @param status the exit status for the command line: 0 when all passed, 1 otherwise or on a compile error
 */
public record TestResult(int passed, int failed, int status) {}
