package org.tlang.interp.nodes.call;

import org.tlang.runtime.Safepoint;
import org.tlang.interp.CallTarget;
import org.tlang.interp.FunctionCell;
import org.tlang.interp.nodes.Node;
import org.tlang.interp.nodes.controlflow.ControlFlow;
import org.tlang.runtime.Frame;
import org.tlang.runtime.PanicException;
import org.tlang.runtime.Slots;
import org.tlang.tir.Pos;
import org.tlang.tir.Type;

/** A direct call: arguments go straight into the callee's frame slots, unboxed where they can. */
public final class Call extends Node {
    final FunctionCell cell;
    final Node[] args;
    final Type.Kind[] kinds;

    public Call(FunctionCell cell, Node[] args, Type.Kind[] kinds, Pos pos) {
        super(pos);
        this.cell = cell;
        this.args = args;
        this.kinds = kinds;
        this.codes = new byte[kinds.length];
        for (int i = 0; i < kinds.length; i++) {
            codes[i] = switch (kinds[i]) {
                case LONG -> LONG;
                case DOUBLE -> DOUBLE;
                case REF -> REF;
            };
        }
    }

    private static final byte LONG = 0, DOUBLE = 1, REF = 2;
    /** {@link #kinds} as small constants, switched on without the enum's ordinal map. */
    private final byte[] codes;

    Frame frame(Frame f, CallTarget t) {
        Frame callee = new Frame(t.frameSize, t.refs);
        if ((callee.depth = f.depth + 1) > CallTarget.MAX_DEPTH) throw panic("stack overflow");
        Node[] args = this.args;
        byte[] codes = this.codes;
        for (int i = 0; i < args.length; i++) {
            byte k = codes[i];
            if (k == LONG) callee.prims[i] = args[i].executeLong(f);
            else if (k == DOUBLE) callee.prims[i] = Double.doubleToRawLongBits(args[i].executeDouble(f));
            else callee.refs[i] = args[i].execute(f);
        }
        return callee;
    }

    @Override
    public Object execute(Frame f) {
        CallTarget t = cell.target();
        Frame callee = frame(f, t);
        // what CallTarget.execute does, here so that a call is one JVM frame less deep
        if (--t.callsLeft == 0) t.hot();
        if (Safepoint.watching) t.entered();
        try {
            return t.body.execute(callee);
        } catch (ControlFlow.Return r) {
            return r.value;
        } catch (PanicException p) {
            t.left(p).at(pos);
            throw p;
        } catch (StackOverflowError | OutOfMemoryError e) {
            PanicException p = t.exhausted(e);
            p.at(pos);
            throw p;
        }
    }

    @Override
    public long executeLong(Frame f) {
        CallTarget t = cell.target();
        Frame callee = frame(f, t);
        // what CallTarget.executeLong does, here so that a call is one JVM frame less deep
        if (--t.callsLeft == 0) t.hot();
        if (Safepoint.watching) t.entered();
        try {
            return t.body.executeLong(callee);
        } catch (ControlFlow.Return r) {
            return Slots.asLong(r.value);
        } catch (PanicException p) {
            t.left(p).at(pos);
            throw p;
        } catch (StackOverflowError | OutOfMemoryError e) {
            PanicException p = t.exhausted(e);
            p.at(pos);
            throw p;
        }
    }

    @Override
    public double executeDouble(Frame f) {
        CallTarget t = cell.target();
        Frame callee = frame(f, t);
        // what CallTarget.executeDouble does, here so that a call is one JVM frame less deep
        if (--t.callsLeft == 0) t.hot();
        if (Safepoint.watching) t.entered();
        try {
            return t.body.executeDouble(callee);
        } catch (ControlFlow.Return r) {
            return (Double) r.value;
        } catch (PanicException p) {
            t.left(p).at(pos);
            throw p;
        } catch (StackOverflowError | OutOfMemoryError e) {
            PanicException p = t.exhausted(e);
            p.at(pos);
            throw p;
        }
    }

    @Override
    public boolean executeBool(Frame f) {
        return executeLong(f) != 0;
    }
}
