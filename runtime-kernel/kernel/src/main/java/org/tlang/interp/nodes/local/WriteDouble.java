package org.tlang.interp.nodes.local;

import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Frame;
import org.tlang.runtime.Unit;
import org.tlang.tir.Pos;

final class WriteDouble extends Node {
    final int slot;
    final Node value;

    WriteDouble(int slot, Node value, Pos pos) {
        super(pos);
        this.slot = slot;
        this.value = value;
    }

    @Override
    public Object execute(Frame f) {
        f.prims[slot] = Double.doubleToRawLongBits(value.executeDouble(f));
        return Unit.VALUE;
    }

    @Override
    public void executeVoid(Frame f) {
        execute(f);
    }

    @Override
    public int executeStatement(Frame f) {
        execute(f);
        return NORMAL;
    }
}
