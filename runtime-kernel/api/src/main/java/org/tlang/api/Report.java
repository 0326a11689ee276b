package org.tlang.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The one place where what the runtime reports is turned into text: diagnostics (Rust-style, with
 * the source line and a caret), panics with their T trace, reload outcomes, and the outcome of a
 * run. The command line, the REPL, the admin channel and the file watcher all print through it.
 */
public final class Report {
    /** Diagnostics shown of one compile or check; the rest are counted ("... and N more"). */
    static final int MAX_DIAGNOSTICS = 100;
    /** Source lines longer than this are shown cut to a window around the caret. */
    static final int MAX_LINE = 120;

    private Report() {}

    /** The message, the location, the source line and a caret under the column. */
    public static String diagnostic(Diagnostic d) {
        StringBuilder sb = new StringBuilder();
        sb.append(d.severity().label()).append(": ").append(d.message()).append('\n');
        if (d.line() <= 0) {
            sb.append(" --> ").append(d.file()).append('\n');
            return sb.toString();
        }
        String num = Integer.toString(d.line());
        String pad = " ".repeat(num.length());
        String src = d.sourceLine();
        int caret = Math.max(0, Math.min(d.column() - 1, src.length()));
        if (src.length() > MAX_LINE) {
            // a window of MAX_LINE characters around the caret, "..." where the line goes on
            int from = Math.max(0, Math.min(caret - MAX_LINE / 2, src.length() - MAX_LINE));
            int to = Math.min(src.length(), from + MAX_LINE);
            String head = from > 0 ? "..." : "";
            src = head + src.substring(from, to) + (to < src.length() ? "..." : "");
            caret = caret - from + head.length();
        }
        sb.append(pad).append("--> ").append(d.file()).append(':').append(d.line()).append(':').append(d.column()).append('\n');
        sb.append(pad).append(" |\n");
        sb.append(num).append(" | ").append(src).append('\n');
        sb.append(pad).append(" | ");
        for (int i = 0; i < caret; i++) sb.append(src.charAt(i) == '\t' ? '\t' : ' ');
        sb.append("^\n");
        return sb.toString();
    }

    /** Every diagnostic, one after another (what {@code tlang check} prints); past the first 100, only how many more. */
    public static String listing(List<Diagnostic> diagnostics) {
        return shown(diagnostics).stream().map(Report::diagnostic).collect(Collectors.joining()) + more(diagnostics);
    }

    /** Diagnostics of a compile that failed: each rendered (the first 100), a blank line between, then the count of errors. */
    public static String compileErrors(List<Diagnostic> diagnostics) {
        String all = shown(diagnostics).stream().map(Report::diagnostic).collect(Collectors.joining("\n"));
        if (diagnostics.size() > MAX_DIAGNOSTICS) all += "\n" + more(diagnostics);
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        if (errors == 0) return all;
        return all + "\nerror: could not compile due to " + errors + " error" + (errors == 1 ? "" : "s") + "\n";
    }

    private static List<Diagnostic> shown(List<Diagnostic> diagnostics) {
        return diagnostics.subList(0, Math.min(diagnostics.size(), MAX_DIAGNOSTICS));
    }

    private static String more(List<Diagnostic> diagnostics) {
        int more = diagnostics.size() - MAX_DIAGNOSTICS;
        return more <= 0 ? "" : "... and " + more + " more diagnostic" + (more == 1 ? "" : "s") + " (the first " + MAX_DIAGNOSTICS + " are shown)\n";
    }

    /** {@code panic: MESSAGE}, then one {@code     at ...} line per frame (the middle of a very deep trace elided). */
    public static String panic(Panic p) {
        StringBuilder sb = new StringBuilder("panic: ").append(p.message()).append('\n');
        for (String frame : p.inner()) sb.append("    at ").append(frame).append('\n');
        if (p.omitted() > 0) sb.append("    ... ").append(p.omitted()).append(" frames omitted\n");
        if (p.omitted() < 0) sb.append("    ... more frames omitted\n");
        for (String frame : p.outer()) sb.append("    at ").append(frame).append('\n');
        return sb.toString();
    }

    /** An error that stopped something before any T code was compiled or ran (a missing file, say). */
    public static String error(String message) {
        return "error: " + message + "\n";
    }

    public static String reload(ReloadOutcome outcome) {
        if (!outcome.applied()) {
            return "reload of " + outcome.module() + " refused; the old version keeps running\n"
                    + outcome.diagnostics().stream().map(Report::diagnostic).collect(Collectors.joining("\n"));
        }
        StringBuilder sb = new StringBuilder("reloaded ").append(outcome.module())
                .append(" (switch ").append(outcome.switchNanos() / 1000).append(" µs)");
        if (!outcome.keptStatics().isEmpty()) sb.append("; kept ").append(String.join(", ", outcome.keptStatics()));
        if (!outcome.migratedStatics().isEmpty()) sb.append("; migrated ").append(String.join(", ", outcome.migratedStatics()));
        if (!outcome.resetStatics().isEmpty()) sb.append("; reset ").append(String.join(", ", outcome.resetStatics()));
        return sb.append('\n').toString();
    }

    /**
     * What a run leaves on standard error after the program's own output: the panics of tasks
     * nobody joined, then why the run failed (compile errors, the panic that ended main, an error).
     */
    public static String run(RunResult result) {
        StringBuilder sb = new StringBuilder();
        for (Panic p : result.unjoined()) sb.append(panic(p));
        switch (result.status()) {
            case COMPLETED, EXITED -> { }
            case COMPILE_ERROR -> sb.append(compileErrors(result.diagnostics()));
            case PANICKED -> sb.append(panic(result.panic()));
            case NOT_RUN, INTERNAL_ERROR -> sb.append(result.error());
        }
        return sb.toString();
    }

    /** Why the tests of a {@link TlangRuntime#test} did not run (the tests' own lines went to its output); empty if they ran. */
    public static String test(TestResult result) {
        return result.error() != null ? error(result.error()) : compileErrors(result.diagnostics());
    }
}
