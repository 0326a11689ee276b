package org.tlang.interp.nodes.local;

import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Frame;
import org.tlang.runtime.Unit;
import org.tlang.tir.Pos;

final class WriteLong extends Node {
    final int slot;
    final Node value;

    WriteLong(int slot, Node value, Pos pos) {
        super(pos);
        this.slot = slot;
        this.value = value;
    }

    @Override
    public Object execute(Frame f) {
        f.prims[slot] = value.executeLong(f);
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
