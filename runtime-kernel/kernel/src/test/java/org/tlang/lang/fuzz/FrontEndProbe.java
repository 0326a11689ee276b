package org.tlang.lang.fuzz;

import java.util.List;
import org.tlang.api.Diagnostic;
import org.tlang.lang.check.CheckedModule;
import org.tlang.lang.check.Checker;
import org.tlang.lang.lower.Lowerer;
import org.tlang.lang.source.Reporter;
import org.tlang.lang.source.SourceFile;
import org.tlang.lang.syntax.Parser;
import org.tlang.lang.syntax.SourceUnit;

/**
 * Runs one program text through the front end (lexer, parser, checker, and lowering when it
 * checks) and says how it failed: anything thrown, or a diagnostic without a message or position.
 */
final class FrontEndProbe {
    private FrontEndProbe() {}

    /** Null if the front end handled {@code text}; otherwise what went wrong, with the Java trace. */
    static String failure(String text) {
        return probe(text).failure();
    }

    /**
     * How the front end took a program: {@code failure} null if it handled it, and the kinds of
     * diagnostic it gave (names and numbers left out), one a line.
     */
    record Result(String failure, String signature) {}

    static Result probe(String text) {
        try {
            Reporter reporter = new Reporter();
            SourceFile source = SourceFile.of("fuzz.t", text);
            SourceUnit unit = Parser.parse(source, reporter);
            List<CheckedModule> checked = new Checker(reporter, name -> null).check(List.of(new Checker.Unit("fuzz", unit)));
            for (Diagnostic d : reporter.diagnostics()) {
                if (d.message() == null || d.message().isBlank() || d.message().equals("null")) {
                    return new Result("diagnostic without a message: " + d, "");
                }
                if (d.line() <= 0 || d.column() <= 0) return new Result("diagnostic without a position: " + d, "");
            }
            if (!reporter.hasErrors()) for (CheckedModule m : checked) Lowerer.lower(m);
            java.util.Set<String> kinds = new java.util.TreeSet<>();
            for (Diagnostic d : reporter.diagnostics()) kinds.add(d.message().replaceAll("`[^`]*`", "`_`").replaceAll("[0-9]+", "0"));
            return new Result(null, String.join("\n", kinds));
        } catch (Throwable t) {
            java.io.StringWriter trace = new java.io.StringWriter();
            t.printStackTrace(new java.io.PrintWriter(trace));
            return new Result(trace.toString(), "");
        }
    }

    /** The kind of a failure (its first line), so minimising keeps the same crash. */
    static String kind(String failure) {
        String first = failure.lines().findFirst().orElse("");
        return first.startsWith("diagnostic without") ? first.substring(0, first.indexOf(':')) : first.replaceAll(":.*", "");
    }
}
