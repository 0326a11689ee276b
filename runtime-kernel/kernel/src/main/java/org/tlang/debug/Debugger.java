package org.tlang.debug;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.tlang.interp.Probe;
import org.tlang.interp.Site;
import org.tlang.runtime.Box;
import org.tlang.runtime.Frame;
import org.tlang.runtime.PanicException;
import org.tlang.runtime.Printer;
import org.tlang.tir.Pos;
import org.tlang.tir.TLocal;
import org.tlang.tir.Type;

/**
 * One debugging session of a program: its breakpoints (file and line), the step each thread was
 * asked to take, and the T call stack of every thread that runs T code, kept by the probes of
 * code compiled for it. A thread that reaches a breakpoint or the end of its step waits there,
 * its stack and locals readable, until it is resumed; the others run on.
 */
public final class Debugger implements Probe {
    /** How a resumed thread goes on. */
    public enum Step { CONTINUE, IN, OVER, OUT }

    /** One activation of a T function on a thread's stack. */
    public static final class Activation {
        final Site site;
        final Frame frame;
        volatile Pos pos;

        Activation(Site site, Frame frame) {
            this.site = site;
            this.frame = frame;
        }

        /** A frame of code compiled before the client attached: its function and line, from the JVM's stack; no locals. */
        static Activation compiled(String function, String file, int line) {
            Activation a = new Activation(new Site(function, file, List.of()), null);
            a.pos = new Pos(line, 0);
            return a;
        }

        public String function() {
            return site.function();
        }

        public String file() {
            return site.file();
        }

        public int line() {
            Pos p = pos;
            return p == null ? 0 : p.line();
        }

        public int column() {
            Pos p = pos;
            return p == null ? 0 : p.column();
        }

        /** The locals in scope at the current line, by their T names, in the T printed form. */
        public List<Variable> locals() {
            List<Variable> out = new ArrayList<>();
            if (frame == null) return out;
            int line = line();
            for (Site.Local l : site.locals()) {
                if (l.param() || l.declared().line() < line) out.add(new Variable(l.local().name(), show(l.local()), l.local().type().toString()));
            }
            return out;
        }

        private String show(TLocal l) {
            int i = l.index();
            if (l.boxed()) {
                Object box = i < frame.refs.length ? frame.refs[i] : null;
                return box instanceof Box b ? Printer.debug(b.value) : "(not set yet)";
            }
            Type t = l.type();
            if (t == Type.Prim.BOOL) return Boolean.toString(frame.prims[i] != 0);
            if (t.kind() == Type.Kind.LONG) return Long.toString(frame.prims[i]);
            if (t.kind() == Type.Kind.DOUBLE) return Printer.showFloat(Double.longBitsToDouble(frame.prims[i]));
            Object v = i < frame.refs.length ? frame.refs[i] : null;
            return v == null ? "(not set yet)" : Printer.debug(v);
        }
    }

    public record Variable(String name, String value, String type) {}

    /** What a thread does: its stack, and while it waits at a stop, how it is to go on. */
    private static final class Stepper {
        final long thread;
        final String name;
        final List<Activation> stack = new ArrayList<>();
        /** The step asked for when it last went on, and the depth it went on from. */
        Step step = Step.CONTINUE;
        int fromDepth;
        /** The line and depth it last stopped at: more statements of that line do not stop it again at a breakpoint. */
        int stoppedLine = -1;
        int stoppedDepth = -1;
        /** Set while it waits at a stop; what {@link #resume} gives it. */
        Step resumedWith;
        boolean waiting;
        /** Its whole T stack at the stop, innermost first. */
        List<Activation> stopped = List.of();

        Stepper(Thread t) {
            this.thread = t.threadId();
            this.name = t.getName().isEmpty() ? (t.isVirtual() ? "task " + t.threadId() : "thread " + t.threadId()) : t.getName();
        }
    }

    private final Map<Long, Stepper> threads = new ConcurrentHashMap<>();
    private final ThreadLocal<Stepper> current = ThreadLocal.withInitial(() -> {
        Stepper s = new Stepper(Thread.currentThread());
        threads.put(s.thread, s);
        return s;
    });
    /** Lines with a breakpoint, by the file's name as the program shows it ({@code src/app/main.t}). */
    private volatile Map<String, Set<Integer>> breakpoints = Map.of();
    /** Lines that hold a statement, by file: where a breakpoint can be. */
    private final Map<String, Set<Integer>> statements = new ConcurrentHashMap<>();
    /** Told of each stop: the thread and why ({@code breakpoint}, {@code step}). */
    private volatile BiConsumer<Long, String> onStop = (t, why) -> {};
    private volatile boolean attached;

    /** @param attached whether a client is taken to be attached from the start (the program waits for it) */
    public Debugger(boolean attached) {
        this.attached = attached;
    }

    /** Whether a client is attached: code compiled now gets probes, and threads stop. */
    public boolean attached() {
        return attached;
    }

    public void attach() {
        attached = true;
    }

    public void onStop(BiConsumer<Long, String> listener) {
        this.onStop = listener;
    }

    @Override
    public void statement(Site site, Pos pos) {
        statements.computeIfAbsent(site.file(), f -> ConcurrentHashMap.newKeySet()).add(pos.line());
    }

    /** Whether a statement of {@code file} starts on {@code line}, so that a breakpoint there can stop. */
    public boolean hasStatement(String file, int line) {
        Set<Integer> lines = statements.get(file);
        return lines != null && lines.contains(line);
    }

    /** Replaces the breakpoints of {@code file}. */
    public synchronized void setBreakpoints(String file, Set<Integer> lines) {
        Map<String, Set<Integer>> next = new java.util.HashMap<>(breakpoints);
        if (lines.isEmpty()) next.remove(file);
        else next.put(file, Set.copyOf(lines));
        breakpoints = Map.copyOf(next);
    }

    @Override
    public void entered(Site site, Frame f) {
        current.get().stack.add(new Activation(site, f));
    }

    @Override
    public void left(Site site) {
        List<Activation> stack = current.get().stack;
        if (!stack.isEmpty()) stack.removeLast();
    }

    @Override
    public void line(Site site, Pos pos, Frame f) {
        if (!attached) return;
        Stepper t = current.get();
        if (t.stack.isEmpty()) return;
        Activation top = t.stack.getLast();
        top.pos = pos;
        int depth = t.stack.size();
        if (depth == t.stoppedDepth && pos.line() != t.stoppedLine) t.stoppedLine = -1;
        if (depth < t.stoppedDepth) t.stoppedDepth = -1;
        String why = null;
        switch (t.step) {
            case IN -> why = "step";
            case OVER -> why = depth <= t.fromDepth ? "step" : null;
            case OUT -> why = depth < t.fromDepth ? "step" : null;
            case CONTINUE -> { }
        }
        if (why == null) {
            Set<Integer> lines = breakpoints.get(site.file());
            if (lines != null && lines.contains(pos.line()) && !(t.stoppedLine == pos.line() && t.stoppedDepth == depth)) why = "breakpoint";
        }
        if (why != null) stop(t, why, depth, pos.line());
    }

    private void stop(Stepper t, String why, int depth, int line) {
        t.stoppedLine = line;
        t.stoppedDepth = depth;
        Step next;
        List<Activation> whole = wholeStack(t);
        synchronized (t) {
            t.stopped = whole;
            t.waiting = true;
            t.resumedWith = null;
            onStop.accept(t.thread, why);
            while (t.resumedWith == null && attached) {
                try {
                    t.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            t.waiting = false;
            next = t.resumedWith == null ? Step.CONTINUE : t.resumedWith;
        }
        t.step = next;
        t.fromDepth = depth;
    }

    /**
     * The stopping thread's T stack, innermost first: its activations compiled for the debugger
     * (one per {@link org.tlang.interp.nodes.debug.Entered} on the JVM's stack), and between
     * them the frames of T code compiled before the client attached (classes of
     * {@link PanicException#COMPILED_PREFIX}, their T file and line in the class file; an
     * activation that went on in compiled code through OSR is one of them), which a call that began
     * before the attach is still running. An activation that began before the attach and is still
     * interpreted has no probes and is not shown.
     */
    private static List<Activation> wholeStack(Stepper t) {
        List<Activation> probed = t.stack.reversed();
        return StackWalker.getInstance().walk(frames -> {
            List<Activation> out = new ArrayList<>();
            int next = 0;
            for (StackWalker.StackFrame f : (Iterable<StackWalker.StackFrame>) frames::iterator) {
                String cls = f.getClassName();
                if (cls.equals(org.tlang.interp.nodes.debug.Entered.class.getName())) {
                    if (next < probed.size()) out.add(probed.get(next++));
                } else if (cls.startsWith(PanicException.COMPILED_PREFIX)) {
                    out.add(Activation.compiled(PanicException.compiledFunction(cls), f.getFileName() == null ? "?" : f.getFileName(), Math.max(0, f.getLineNumber())));
                }
            }
            while (next < probed.size()) out.add(probed.get(next++));
            return List.copyOf(out);
        });
    }

    /** Lets a stopped thread go on with {@code step}; false if it is not stopped. */
    public boolean resume(long thread, Step step) {
        Stepper t = threads.get(thread);
        if (t == null) return false;
        synchronized (t) {
            if (!t.waiting) return false;
            t.resumedWith = step;
            t.notifyAll();
            return true;
        }
    }

    /** The client went away: no more stops; every stopped thread goes on, and no thread is stepping. */
    public void detach() {
        attached = false;
        breakpoints = Map.of();
        for (Stepper t : threads.values()) {
            synchronized (t) {
                t.step = Step.CONTINUE;
                t.notifyAll();
            }
        }
    }

    /** The threads running T code now, by id, with their names. */
    public Map<Long, String> threads() {
        Map<Long, String> out = new java.util.TreeMap<>();
        threads.values().forEach(t -> {
            if (!t.stack.isEmpty()) out.put(t.thread, t.name);
        });
        return out;
    }

    /** The T stack of a stopped thread, innermost first; empty if it is not stopped. */
    public List<Activation> stack(long thread) {
        Stepper t = threads.get(thread);
        if (t == null) return List.of();
        synchronized (t) {
            return t.waiting ? t.stopped : List.of();
        }
    }

    /** The file as the program shows it ({@code src/app/main.t}) for {@code path}, among the files of the code compiled for the debugger; null if none is. */
    public String fileOf(Path path) {
        for (String f : statements.keySet()) if (path.endsWith(f) || path.toString().equals(f)) return f;
        return null;
    }
}
