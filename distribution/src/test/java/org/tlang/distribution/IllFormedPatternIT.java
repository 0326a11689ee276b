package org.tlang.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tlang.distribution.CommandLineIT.tlang;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Patterns that do not fit their value (found by fuzzing the checker): a positioned error through the CLI, never a Java exception. */
class IllFormedPatternIT {
    @TempDir
    Path temp;

    private static final String PROGRAM = """
            enum Shape { Rect(Int, Int), Dot }
            struct P { x: Int }
            fn main() {
                let s = Shape::Dot;
                match s { Shape::Rect(w) => {}, Shape::Dot => {} }
                match Some(1) { Some() => {}, None => {} }
                match (1, 2) { P { x } => {} }
            }
            """;

    @Test
    void checkAndRunReportEachAtItsPattern() throws Exception {
        Path app = temp.resolve("shapes.t");
        Files.writeString(app, PROGRAM);
        for (String command : new String[] {"check", "run"}) {
            CommandLineIT.Result r = tlang(command, app.toString());
            assertEquals(1, r.status(), command + ": " + r.err());
            assertTrue(r.err().contains("error: variant `Rect` has 2 field(s), the pattern gives 1\n --> " + app + ":5:15"), r.err());
            assertTrue(r.err().contains("error: variant `Some` has 1 field(s), the pattern gives 0\n --> " + app + ":6:21"), r.err());
            assertTrue(r.err().contains("error: type mismatch: expected (Int, Int), found P\n --> " + app + ":7:20"), r.err());
            assertFalse(r.err().contains("error: null") || r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        }
    }
}
