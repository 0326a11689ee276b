package org.tlang.modules;

import java.util.List;

/** The outcome of running `test fn`s: counts and the names of the failed tests. */
public record TestReport(int passed, int failed, List<String> failures) {
    public TestReport {
        failures = List.copyOf(failures);
    }

    /** {@code N passed, N failed} */
    public String summary() {
        return passed + " passed, " + failed + " failed";
    }
}
