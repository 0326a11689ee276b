package org.tlang.interp.nodes.call;

import org.tlang.interp.nodes.Node;
import org.tlang.runtime.FnValue;
import org.tlang.runtime.Frame;
import org.tlang.runtime.PanicException;
import org.tlang.tir.Pos;

public final class CallValue extends Node {
    final Node callee;
    final Node[] args;

    public CallValue(Node callee, Node[] args, Pos pos) {
        super(pos);
        this.callee = callee;
        this.args = args;
    }

    @Override
    public Object execute(Frame f) {
        FnValue fn = (FnValue) callee.execute(f);
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) values[i] = args[i].execute(f);
        try {
            return fn.call(values);
        } catch (PanicException p) {
            p.at(pos);
            throw p;
        }
    }
}
