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
    /** One unwound T frame; formatted only when the trace is shown. */
    private record Site(String function, String file, Pos pos) {
        @Override
        public String toString() {
            Pos p = pos == null ? Pos.NONE : pos;
            return function + " (" + file + ":" + p.line() + ":" + p.column() + ")";
        }
    }

    private final List<Site> trace;
    /** Where the panic currently is inside the function being unwound. */
    private Pos pending;

    public PanicException(String message, Pos at) {
        super(message, null, false, false);
        this.trace = new ArrayList<>();
        this.pending = at;
    }

    private PanicException(String message, List<Site> trace, Pos at) {
        super(message, null, false, false);
        this.trace = new ArrayList<>(trace);
        this.pending = at;
    }

    /** Called by a call site as the panic leaves its callee: the caller's position is the call's. */
    public void at(Pos pos) {
        this.pending = pos;
    }

    /** Called by a node that ran T code indirectly (a closure given to a built-in, a static's initialiser). */
    public void atIfUnknown(Pos pos) {
        if (pending == null) pending = pos;
    }

    /**
     * Called as the panic leaves a function: records that frame. Allocates one small record and
     * nothing else, because it may run with almost no stack left.
     */
    public void leave(String function, String file) {
        trace.add(new Site(function, file, pending));
        pending = null;
    }

    /** A copy to re-raise in a joining task, keeping the task's frames. */
    public PanicException rethrownAt(Pos pos) {
        return new PanicException(getMessage(), trace, pos);
    }

    public List<String> trace() {
        return trace.stream().map(Site::toString).toList();
    }

    /** `panic: MESSAGE` then one `    at ...` line per frame (the middle of a very deep trace elided). */
    public String render() {
        StringBuilder sb = new StringBuilder("panic: ").append(getMessage()).append('\n');
        int n = trace.size();
        for (int i = 0; i < n; i++) {
            if (n > 64 && i == 32) {
                sb.append("    ... ").append(n - 64).append(" frames omitted\n");
                i = n - 32;
            }
            sb.append("    at ").append(trace.get(i)).append('\n');
        }
        return sb.toString();
    }
}
