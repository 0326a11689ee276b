package org.tlang.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReportTest {
    private static Diagnostic error(int line, int column, String sourceLine) {
        return new Diagnostic(Severity.ERROR, "app.t", line, column, "bad", sourceLine);
    }

    @Test
    void aShortLineIsShownWhole() {
        assertEquals("""
                error: bad
                 --> app.t:1:5
                  |
                1 | let x = 1
                  |     ^
                """, Report.diagnostic(error(1, 5, "let x = 1")));
    }

    @Test
    void aLongLineIsCutAroundTheCaret() {
        String line = "a".repeat(5000) + "X" + "b".repeat(5000);
        String[] lines = Report.diagnostic(error(3, 5001, line)).split("\n");
        String shown = lines[3].substring("3 | ".length());
        String caret = lines[4].substring("  | ".length());
        assertTrue(shown.startsWith("...a") && shown.endsWith("b..."), shown);
        assertTrue(shown.length() <= Report.MAX_LINE + 6, "cut to a window: " + shown.length());
        assertEquals('X', shown.charAt(caret.indexOf('^')), "the caret still points at the column");
        assertTrue(lines[1].endsWith("app.t:3:5001"), "the column is the real one: " + lines[1]);

        String start = Report.diagnostic(error(1, 2, "z".repeat(500))).split("\n")[3];
        assertTrue(start.startsWith("1 | zzz") && start.endsWith("z..."), "no '...' before the line's start: " + start);
        String end = Report.diagnostic(error(1, 501, "z".repeat(500))).split("\n")[3];
        assertTrue(end.startsWith("1 | ...z") && end.endsWith("z"), "a caret past the end: " + end);
    }

    @Test
    void atMostAHundredDiagnosticsAreShown() {
        List<Diagnostic> many = new ArrayList<>();
        for (int i = 1; i <= 250; i++) many.add(error(i, 1, "x"));
        for (String text : List.of(Report.listing(many), Report.compileErrors(many))) {
            assertEquals(Report.MAX_DIAGNOSTICS, text.split("error: bad\n", -1).length - 1, text);
            assertTrue(text.contains("... and 150 more diagnostics"), text);
        }
        assertTrue(Report.compileErrors(many).endsWith("could not compile due to 250 errors\n"));
        assertTrue(!Report.listing(many.subList(0, 100)).contains("more"), "no note when all are shown");
    }
}
