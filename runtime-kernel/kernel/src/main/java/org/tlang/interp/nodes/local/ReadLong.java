package org.tlang.interp.nodes.local;

import org.tlang.interp.nodes.LongNode;
import org.tlang.runtime.Frame;
import org.tlang.tir.Pos;

public final class ReadLong extends LongNode {
    public final int slot;

    public ReadLong(int slot, Pos pos) {
        super(pos);
        this.slot = slot;
    }

    @Override
    public long executeLong(Frame f) {
        return f.prims[slot];
    }
}
