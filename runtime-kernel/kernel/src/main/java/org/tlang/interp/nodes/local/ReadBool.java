package org.tlang.interp.nodes.local;

import org.tlang.interp.nodes.BoolNode;
import org.tlang.runtime.Frame;
import org.tlang.tir.Pos;

final class ReadBool extends BoolNode {
    final int slot;

    ReadBool(int slot, Pos pos) {
        super(pos);
        this.slot = slot;
    }

    @Override
    public boolean executeBool(Frame f) {
        return f.prims[slot] != 0;
    }
}
