package org.tlang.interp;

import org.tlang.interp.nodes.Node;
import org.tlang.interp.nodes.controlflow.ControlFlow;
import org.tlang.runtime.Frame;
import org.tlang.runtime.PanicException;
import org.tlang.runtime.Safepoint;
import org.tlang.runtime.Slots;
import org.tlang.spi.tier.LoopCompiler;
import org.tlang.tir.Pos;
import org.tlang.tir.Type;

/**
 * A compiled function: its body as an executable node tree and the frame layout. Entering it
 * turns a `return` into its value and adds this function to the T trace of a panic leaving it.
 */
public final class CallTarget {
    static {
        // load and link what unwinding needs now, not at the bottom of an exhausted stack
        PanicException p = new PanicException("", null);
        p.leave("", "");
        p.at(null);
        p.render();
    }

    /**
     * How deep direct T calls may nest before the task panics with `stack overflow`: deterministic,
     * and well within the stack a program's main gets (deep recursion in a spawned task may still
     * exhaust a smaller thread stack first, which also ends in that panic).
     */
    public static final int MAX_DEPTH = 200_000;

    final String name;
    final String file;
    /**
     * Shared by every function of one module version; while any of them is reachable (running,
     * or held by a closure), so is this, which is how the registry sees when a version retires.
     */
    private Object version;
    /*
     * Public, like the counters and hooks below, for the nodes that run on a target directly: the
     * call nodes (org.tlang.interp.nodes.call) build the callee's frame and enter its body
     * themselves, so that a T call is one JVM frame deep; the loop nodes count back edges and
     * compile hot loops through it. Only this package sets a body.
     */
    public final int frameSize;
    public final Type.Kind[] paramKinds;
    /** Whether a local of this function may live in {@link Frame#refs}; false: direct calls give it no refs array. */
    public boolean refs = true;
    public Node body;
    /** False for compiled code, which records its own frame in a panic's trace. */
    boolean leaves = true;
    /** Where the T function is declared (null for a Java function's target): a call that stops at its entry stops there. */
    public Pos pos;

    /**
     * Tiering counters: calls and loop back edges left before {@link #hot} runs (plain fields, racy on
     * purpose: an approximate count is enough). Unarmed targets start so high they never get there.
     */
    public int callsLeft = Integer.MAX_VALUE;
    int backEdgesLeft = Integer.MAX_VALUE;
    private volatile Runnable hot;
    /** On-stack replacement: compiles this function's hot loops (null: loops stay interpreted). */
    public volatile LoopCompiler loops;
    public int loopThreshold = Integer.MAX_VALUE;
    /**
     * Set once a closure made in this function has been called {@link #CLOSURE_CALLS} times: the work
     * of a loop that hands closures to built-ins (`v.map(|x| ..)`) is in those calls, not in its back
     * edges, so its loops then move to compiled code (OSR) at their next back edge, and make compiled
     * closures from then on.
     */
    public boolean closuresHot;
    /** Calls of one closure (in any of its values) that make its enclosing function's loops hot. */
    public static final int CLOSURE_CALLS = 10_000;

    CallTarget(String name, String file, int frameSize, Type.Kind[] paramKinds) {
        this.name = name;
        this.file = file;
        this.frameSize = frameSize;
        this.paramKinds = paramKinds;
    }

    public String name() {
        return name;
    }

    public void belongsTo(Object version) {
        this.version = version;
    }

    public int arity() {
        return paramKinds.length;
    }

    /**
     * Asks for {@code onHot} to run (once, on the calling thread; it should only queue work) when this
     * target has been called {@code calls} times or its loops have gone round {@code backEdges} times.
     */
    public void arm(int calls, int backEdges, Runnable onHot) {
        this.hot = onHot;
        this.callsLeft = Math.max(1, calls);
        this.backEdgesLeft = Math.max(1, backEdges);
    }

    /**
     * On-stack replacement: once one of this function's loops has gone round {@code backEdges} times
     * in an activation that is still interpreted, {@code compiler} compiles it (on the interpreting
     * thread) and that activation continues in the compiled loop at its next iteration.
     */
    public void armLoops(int backEdges, LoopCompiler compiler) {
        this.loopThreshold = Math.max(1, backEdges);
        this.loops = compiler;
    }

    /**
     * This is the body of a closure expression of {@code fn}: once called {@link #CLOSURE_CALLS}
     * times, it sets {@code fn}'s {@link #closuresHot}.
     */
    public void enclosedBy(CallTarget fn) {
        if (hot != null) return;
        hot = () -> fn.closuresHot = true;
        callsLeft = CLOSURE_CALLS;
    }

    /** The counters reached a threshold: fire the hook once and stop counting. */
    public void hot() {
        callsLeft = Integer.MAX_VALUE;
        backEdgesLeft = Integer.MAX_VALUE;
        Runnable h = hot;
        hot = null;
        if (h != null) h.run();
    }

    /** Called by loops on every back edge. */
    public void backEdge() {
        if (--backEdgesLeft == 0) hot();
    }

    /** Calls with boxed arguments (Long, Double, Boolean, references). */
    public Object call(Object[] args) {
        Frame f = new Frame(frameSize);
        for (int i = 0; i < args.length; i++) Slots.store(f, i, paramKinds[i], args[i]);
        return execute(f);
    }

    public Object execute(Frame f) {
        if (--callsLeft == 0) hot();
        if (Safepoint.watching) entered();
        try {
            return body.execute(f);
        } catch (ControlFlow.Return r) {
            return r.value;
        } catch (PanicException p) {
            throw left(p);
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw exhausted(e);
        }
    }

    public long executeLong(Frame f) {
        if (--callsLeft == 0) hot();
        if (Safepoint.watching) entered();
        try {
            return body.executeLong(f);
        } catch (ControlFlow.Return r) {
            return Slots.asLong(r.value);
        } catch (PanicException p) {
            throw left(p);
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw exhausted(e);
        }
    }

    public double executeDouble(Frame f) {
        if (--callsLeft == 0) hot();
        if (Safepoint.watching) entered();
        try {
            return body.executeDouble(f);
        } catch (ControlFlow.Return r) {
            return (Double) r.value;
        } catch (PanicException p) {
            throw left(p);
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw exhausted(e);
        }
    }

    /** The entry of a call while some work is metered or cancelled: it may stop here ({@link Safepoint#onCall}). */
    public void entered() {
        if (pos != null) Safepoint.onCall(pos.line(), pos.column());
    }

    /** A panic leaves this function: its frame joins the T trace (compiled code records its own). */
    public PanicException left(PanicException p) {
        if (leaves) p.leave(name, file);
        return p;
    }

    /**
     * The JVM stack or heap ran out inside this function: the T panic `stack overflow` or `out of
     * memory`, with the compiled frames the error passed through and this frame.
     */
    public PanicException exhausted(VirtualMachineError e) {
        PanicException p = PanicException.exhausted(e);
        if (leaves) p.leave(name, file);
        return p;
    }
}
