package org.tlang.interp.nodes.local;

import org.tlang.interp.nodes.DoubleNode;
import org.tlang.runtime.Frame;
import org.tlang.tir.Pos;

final class ReadDouble extends DoubleNode {
    final int slot;

    ReadDouble(int slot, Pos pos) {
        super(pos);
        this.slot = slot;
    }

    @Override
    public double executeDouble(Frame f) {
        return Double.longBitsToDouble(f.prims[slot]);
    }
}
