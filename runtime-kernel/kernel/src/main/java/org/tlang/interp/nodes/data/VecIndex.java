package org.tlang.interp.nodes.data;

import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Frame;
import org.tlang.runtime.Printer;
import org.tlang.runtime.Vec;
import org.tlang.tir.Pos;

public final class VecIndex extends Node {
    final Node target;
    final Node index;

    public VecIndex(Node target, Node index, Pos pos) {
        super(pos);
        this.target = target;
        this.index = index;
    }

    @Override
    public Object execute(Frame f) {
        Vec v = (Vec) target.execute(f);
        return v.get(checkIndex(this, v, index.executeLong(f)));
    }

    @Override
    public long executeLong(Frame f) {
        Vec v = (Vec) target.execute(f);
        return v.getLong(checkIndex(this, v, index.executeLong(f)));
    }

    @Override
    public double executeDouble(Frame f) {
        Vec v = (Vec) target.execute(f);
        return v.getDouble(checkIndex(this, v, index.executeLong(f)));
    }

    @Override
    public boolean executeBool(Frame f) {
        Vec v = (Vec) target.execute(f);
        return v.getBool(checkIndex(this, v, index.executeLong(f)));
    }

    /** {@code i} as an index of {@code v}, or the T panic of an index out of bounds at {@code at}. */
    public static int checkIndex(Node at, Vec v, long i) {
        if (i < 0 || i >= v.size()) throw at.panic(Printer.indexOutOfBounds(v.size(), i));
        return (int) i;
    }
}
