package org.tlang.interp.nodes.data;

import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Frame;
import org.tlang.runtime.StructValue;
import org.tlang.tir.Pos;

public final class FieldGet extends Node {
    final Node target;
    final int index;

    public FieldGet(Node target, int index, Pos pos) {
        super(pos);
        this.target = target;
        this.index = index;
    }

    @Override
    public Object execute(Frame f) {
        return ((StructValue) target.execute(f)).get(index);
    }

    @Override
    public double executeDouble(Frame f) {
        return ((StructValue) target.execute(f)).getDouble(index);
    }

    @Override
    public long executeLong(Frame f) {
        return ((StructValue) target.execute(f)).getLong(index);
    }

    @Override
    public boolean executeBool(Frame f) {
        return ((StructValue) target.execute(f)).getBool(index);
    }
}
