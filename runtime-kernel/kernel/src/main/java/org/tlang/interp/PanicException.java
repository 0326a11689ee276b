package org.tlang.interp;

import java.util.ArrayList;
import java.util.List;
import org.tlang.lang.source.Pos;

/**
 * A T panic unwinding a task. It carries the message and the T stack trace collected while it
 * unwinds, innermost first ({@code module.function (file:line:col)}). No Java stack trace is
 * captured: T code never shows one.
 */
public final class PanicException extends RuntimeException {
    private final List<String> trace;
    /** Where the panic currently is inside the function being unwound. */
    private Pos pending;

    public PanicException(String message, Pos at) {
        super(message, null, false, false);
        this.trace = new ArrayList<>();
        this.pending = at;
    }

    private PanicException(String message, List<String> trace, Pos at) {
        super(message, null, false, false);
        this.trace = new ArrayList<>(trace);
        this.pending = at;
    }

    /** Called by a call site as the panic leaves its callee: the caller's position is the call's. */
    public void at(Pos pos) {
        this.pending = pos;
    }

    /** Called as the panic leaves a function: records that frame. */
    public void leave(String function, String file) {
        Pos p = pending == null ? Pos.NONE : pending;
        trace.add(function + " (" + file + ":" + p.line() + ":" + p.column() + ")");
        pending = null;
    }

    /** A copy to re-raise in a joining task, keeping the task's frames. */
    public PanicException rethrownAt(Pos pos) {
        return new PanicException(getMessage(), trace, pos);
    }

    public List<String> trace() {
        return List.copyOf(trace);
    }

    /** `panic: MESSAGE` then one `    at ...` line per frame. */
    public String render() {
        StringBuilder sb = new StringBuilder("panic: ").append(getMessage()).append('\n');
        for (String t : trace) sb.append("    at ").append(t).append('\n');
        return sb.toString();
    }
}
