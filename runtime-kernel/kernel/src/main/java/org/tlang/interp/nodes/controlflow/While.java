package org.tlang.interp.nodes.controlflow;

import org.tlang.interp.CallTarget;
import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Frame;
import org.tlang.runtime.Unit;
import org.tlang.tir.Pos;
import org.tlang.tir.TExpr;

public final class While extends LoopNode {
    final Node cond;

    public While(Node cond, Node body, CallTarget owner, TExpr tir, Pos pos) {
        super(body, owner, tir, pos);
        this.cond = cond;
    }

    @Override
    int run(Frame f) {
        while (cond.executeBool(f)) {
            int status = iterate(f);
            if (status == BREAK) return NORMAL;
            if (status == RETURN) return RETURN;
        }
        return NORMAL;
    }

    @Override
    public Object execute(Frame f) {
        super.execute(f);
        return Unit.VALUE;
    }
}
