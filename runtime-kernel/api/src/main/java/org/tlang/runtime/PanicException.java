package org.tlang.runtime;

import java.util.ArrayList;
import java.util.List;
import org.tlang.api.Panic;
import org.tlang.api.Report;
import org.tlang.tir.Pos;

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

    static {
        // initialises what reading a Java stack trace needs, now: exhausted may run with almost no
        // stack left, and a class whose initialiser fails for want of stack stays unusable for good
        new Throwable().getStackTrace();
    }

    /** The method of a compiled function's class that continues an interpreted activation in a loop (OSR). */
    public static final String OSR_METHOD = "osr";

    /** The panic message when the heap ran out (an OutOfMemoryError, or {@link HeapWatch} saw it coming). */
    public static final String OUT_OF_MEMORY = "out of memory";

    /** Frames kept at each end of a very deep trace; the ones between are only counted. */
    private static final int KEEP = 32;

    /** The innermost frames, up to {@link #KEEP}. */
    private final List<Site> trace;
    /** The outermost frames seen so far, up to {@link #KEEP} (a ring once full). */
    private final java.util.ArrayDeque<Site> outer = new java.util.ArrayDeque<>();
    private long omitted;
    /** Whether frames beyond {@link #omitted} were lost too (a stack overflow in compiled code). */
    private boolean moreOmitted;
    /** Shared with the copies {@link #rethrownAt} makes: set once where this panic is first counted. */
    private java.util.concurrent.atomic.AtomicBoolean counted = new java.util.concurrent.atomic.AtomicBoolean();
    /** Where the panic currently is inside the function being unwound. */
    private Pos pending;

    public PanicException(String message, Pos at) {
        super(message, null, false, false);
        this.trace = new ArrayList<>();
        this.pending = at;
    }

    /**
     * A panic raised by Java code outside any T position, e.g. a native function: its innermost
     * frame shows no position (as with {@link Pos#NONE}).
     */
    public PanicException(String message) {
        this(message, Pos.NONE);
    }

    private PanicException(String message, List<Site> trace, java.util.Collection<Site> outer, long omitted, Pos at) {
        super(message, null, false, false);
        this.trace = new ArrayList<>(trace);
        this.outer.addAll(outer);
        this.omitted = omitted;
        this.pending = at;
    }

    /**
     * The T panic {@code stack overflow} or {@code out of memory} for a StackOverflowError or an
     * OutOfMemoryError that unwound compiled T code without stopping (compiled functions do not
     * catch them: a handler in every frame makes unwinding millions of frames take minutes). Its
     * frames are the compiled T functions at the innermost end of the error's Java trace, up to the
     * first frame that is neither compiled T code nor a runtime helper: the catcher's own code.
     * Compiled frames show their line, not their column; the frames between them and the catcher
     * are lost, and the trace says so.
     */
    public static PanicException exhausted(VirtualMachineError e) {
        PanicException p = new PanicException(e instanceof StackOverflowError ? "stack overflow" : OUT_OF_MEMORY, null);
        boolean catcherSeen = false;
        for (StackTraceElement frame : e.getStackTrace()) {
            String name = frame.getClassName();
            if (name.startsWith(COMPILED_PREFIX)) {
                p.at(new Pos(Math.max(0, frame.getLineNumber()), 0));
                if (frame.getMethodName().equals(OSR_METHOD)) {
                    // an interpreted activation went on in compiled code: it records itself, at this line
                    catcherSeen = true;
                    break;
                }
                p.leave(compiledFunction(name), frame.getFileName() == null ? "?" : frame.getFileName());
            } else if (!name.startsWith("java.") && !name.startsWith("jdk.") && !name.startsWith("org.tlang.runtime.")
                    && !name.startsWith("org.tlang.jit.")) {
                catcherSeen = true;
                break;
            }
        }
        // the JVM keeps only the innermost frames of a very deep error's trace
        p.moreOmitted = !catcherSeen && !p.trace.isEmpty();
        return p;
    }

    /**
     * The package of compiled T code: a compiling tier names the class of a compiled function
     * {@code t.MODULE.FUNCTION$N} (its closures {@code ...$N$cK}) and gives it the T file as
     * SourceFile and T lines as line numbers.
     */
    public static final String COMPILED_PREFIX = "t.";

    /** The T function ({@code module.function}, or {@code module.<closure>}) of compiled class {@code className}. */
    public static String compiledFunction(String className) {
        String name = className.substring(COMPILED_PREFIX.length());
        int dollar = name.indexOf('$');
        if (dollar < 0) return name;
        if (name.indexOf("$c", dollar) >= 0) return name.substring(0, name.lastIndexOf('.', dollar)) + ".<closure>";
        return name.substring(0, dollar);
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
        Site site = new Site(function, file, pending);
        pending = null;
        if (trace.size() < KEEP) {
            trace.add(site);
            return;
        }
        if (outer.size() == KEEP) {
            outer.removeFirst();
            omitted++;
        }
        outer.addLast(site);
    }

    /**
     * A panic that happened in another process ({@link org.tlang.isolation}) going on here: its
     * message and frames, to which the frames it unwinds here are added.
     */
    public static PanicException continuing(Panic remote) {
        PanicException p = new PanicException(remote.message(), List.of(), List.of(), 0, null);
        for (String frame : remote.inner()) p.trace.add(site(frame));
        for (String frame : remote.outer()) p.outer.add(site(frame));
        p.omitted = Math.max(0, remote.omitted());
        p.moreOmitted = remote.omitted() < 0;
        return p;
    }

    /** A frame as {@link Site#toString} wrote it, {@code module.fn (file:line:col)}. */
    private static Site site(String frame) {
        int open = frame.lastIndexOf(" (");
        if (open < 0 || !frame.endsWith(")")) return new Site(frame, "?", Pos.NONE);
        String where = frame.substring(open + 2, frame.length() - 1);
        String[] parts = where.split(":");
        if (parts.length >= 3) {
            try {
                int line = Integer.parseInt(parts[parts.length - 2]);
                int column = Integer.parseInt(parts[parts.length - 1]);
                String file = where.substring(0, where.length() - parts[parts.length - 2].length() - parts[parts.length - 1].length() - 2);
                return new Site(frame.substring(0, open), file, new Pos(line, column));
            } catch (NumberFormatException e) {
                // not a position: keep the text as it is
            }
        }
        return new Site(frame.substring(0, open), where, Pos.NONE);
    }

    /** A copy to re-raise in a joining task, keeping the task's frames. */
    public PanicException rethrownAt(Pos pos) {
        PanicException copy = new PanicException(getMessage(), trace, outer, omitted, pos);
        copy.moreOmitted = moreOmitted;
        copy.counted = counted;
        return copy;
    }

    /**
     * True the first time it is asked of this panic or of a copy {@link #rethrownAt} made of it:
     * where a task's panic ends the task and, rethrown by a join, ends main too, it counts once.
     */
    public boolean firstCount() {
        return counted.compareAndSet(false, true);
    }

    /** The frames kept, innermost first (a very deep trace keeps only its two ends). */
    public List<String> trace() {
        List<String> out = new ArrayList<>();
        for (Site s : trace) out.add(s.toString());
        for (Site s : outer) out.add(s.toString());
        return out;
    }

    /** This panic as data, for reports. */
    public Panic toPanic() {
        return new Panic(getMessage(), trace.stream().map(Site::toString).toList(), moreOmitted ? -1 : omitted,
                outer.stream().map(Site::toString).toList());
    }

    /** `panic: MESSAGE` then one `    at ...` line per frame, as {@link Report#panic} renders it. */
    public String render() {
        return Report.panic(toPanic());
    }
}
