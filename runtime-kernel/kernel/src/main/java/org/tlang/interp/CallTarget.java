package org.tlang.interp;

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
    final int frameSize;
    final Type.Kind[] paramKinds;
    Node body;

    CallTarget(String name, String file, int frameSize, Type.Kind[] paramKinds) {
        this.name = name;
        this.file = file;
        this.frameSize = frameSize;
        this.paramKinds = paramKinds;
    }

    public String name() {
        return name;
    }

    public int arity() {
        return paramKinds.length;
    }

    /** Calls with boxed arguments (Long, Double, Boolean, references). */
    public Object call(Object[] args) {
        Frame f = new Frame(frameSize);
        for (int i = 0; i < args.length; i++) Slots.store(f, i, paramKinds[i], args[i]);
        return execute(f);
    }

    public Object execute(Frame f) {
        try {
            return body.execute(f);
        } catch (ControlFlow.Return r) {
            return r.value;
        } catch (PanicException p) {
            p.leave(name, file);
            throw p;
        } catch (StackOverflowError e) {
            PanicException p = new PanicException("stack overflow", null);
            p.leave(name, file);
            throw p;
        }
    }

    public long executeLong(Frame f) {
        try {
            return body.executeLong(f);
        } catch (ControlFlow.Return r) {
            return Slots.asLong(r.value);
        } catch (PanicException p) {
            p.leave(name, file);
            throw p;
        } catch (StackOverflowError e) {
            PanicException p = new PanicException("stack overflow", null);
            p.leave(name, file);
            throw p;
        }
    }

    public double executeDouble(Frame f) {
        try {
            return body.executeDouble(f);
        } catch (ControlFlow.Return r) {
            return (Double) r.value;
        } catch (PanicException p) {
            p.leave(name, file);
            throw p;
        } catch (StackOverflowError e) {
            PanicException p = new PanicException("stack overflow", null);
            p.leave(name, file);
            throw p;
        }
    }
}
