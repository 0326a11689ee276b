package org.tlang.interp.nodes.local;

import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Frame;
import org.tlang.runtime.Unit;
import org.tlang.tir.Pos;

/** {@code x += c} / {@code x -= c} on an Int local: read, add with the overflow check, write. */
final class IncLong extends Node {
    final int slot;
    final long delta;
    /** The addition this replaces, for the position of an overflow panic. */
    final Node op;

    IncLong(int slot, long delta, Node op, Pos pos) {
        super(pos);
        this.slot = slot;
        this.delta = delta;
        this.op = op;
    }

    @Override
    public Object execute(Frame f) {
        executeVoid(f);
        return Unit.VALUE;
    }

    @Override
    public void executeVoid(Frame f) {
        long[] p = f.prims;
        long a = p[slot];
        long r = a + delta;
        if (((a ^ r) & (delta ^ r)) < 0) throw op.panic("integer overflow");
        p[slot] = r;
    }

    @Override
    public int executeStatement(Frame f) {
        executeVoid(f);
        return NORMAL;
    }
}
