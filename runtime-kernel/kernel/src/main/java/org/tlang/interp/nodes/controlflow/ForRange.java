package org.tlang.interp.nodes.controlflow;

import org.tlang.interp.CallTarget;
import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Frame;
import org.tlang.runtime.Unit;
import org.tlang.tir.Pos;
import org.tlang.tir.TExpr;

public final class ForRange extends LoopNode {
    final int slot;
    final Node from;
    final Node to;
    final boolean inclusive;

    public ForRange(int slot, Node from, Node to, boolean inclusive, Node body, CallTarget owner, TExpr tir, Pos pos) {
        super(body, owner, tir, pos);
        this.slot = slot;
        this.from = from;
        this.to = to;
        this.inclusive = inclusive;
    }

    @Override
    int run(Frame f) {
        long i = from.executeLong(f);
        long end = to.executeLong(f);
        while (inclusive ? i <= end : i < end) {
            f.prims[slot] = i;
            int status = iterate(f, i, end);
            if (status == BREAK) return NORMAL;
            if (status == RETURN) return RETURN;
            if (i == Long.MAX_VALUE) break;
            i++;
        }
        return NORMAL;
    }

    @Override
    public Object execute(Frame f) {
        super.execute(f);
        return Unit.VALUE;
    }
}
