package org.tlang.interp.nodes.local;

import org.tlang.interp.nodes.LongNode;
import org.tlang.runtime.Frame;
import org.tlang.tir.Pos;

/** {@code x + c} (and {@code x - c} as {@code x + -c}) on an Int local. */
public final class AddLocalConst extends LongNode {
    final int slot;
    final long delta;

    public AddLocalConst(int slot, long delta, Pos pos) {
        super(pos);
        this.slot = slot;
        this.delta = delta;
    }

    @Override
    public long executeLong(Frame f) {
        long a = f.prims[slot];
        long r = a + delta;
        if (((a ^ r) & (delta ^ r)) < 0) throw panic("integer overflow");
        return r;
    }
}
