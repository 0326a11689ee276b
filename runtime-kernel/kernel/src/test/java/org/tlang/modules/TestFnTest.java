package org.tlang.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlang.testing.TestHost;

class TestFnTest {
    @TempDir
    Path dir;

    @Test
    void runsEveryTestFnAndCounts() throws Exception {
        Path f = dir.resolve("calc.t");
        Files.writeString(f, """
                fn add(a: Int, b: Int) -> Int { a + b }
                test fn adds_up() { assert_eq(add(1, 1), 2); }
                test fn wrong() { assert_eq(add(1, 1), 3); }
                test fn also_fine() { assert(add(0, 0) == 0); }
                """);
        TestHost host = new TestHost();
        ModuleRegistry reg = new ModuleRegistry(host);
        reg.load(f);
        TestReport report = reg.runTests();
        assertEquals(2, report.passed());
        assertEquals(1, report.failed());
        assertEquals(List.of("calc.wrong"), report.failures());
        String out = host.stdout();
        assertTrue(out.contains("test calc.adds_up ... ok\n"), out);
        assertTrue(out.contains("test calc.wrong ... FAILED\n    panic: assertion `left == right` failed\n"), out);
        assertTrue(out.endsWith("2 passed, 1 failed\n"), out);
    }
}
