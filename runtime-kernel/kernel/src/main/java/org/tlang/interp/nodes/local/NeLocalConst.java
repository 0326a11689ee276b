package org.tlang.interp.nodes.local;

import org.tlang.interp.nodes.BoolNode;
import org.tlang.runtime.Frame;
import org.tlang.tir.Pos;

public final class NeLocalConst extends BoolNode {
    final int slot;
    final long value;

    public NeLocalConst(int slot, long value, Pos pos) {
        super(pos);
        this.slot = slot;
        this.value = value;
    }

    @Override
    public boolean executeBool(Frame f) {
        return f.prims[slot] != value;
    }
}
