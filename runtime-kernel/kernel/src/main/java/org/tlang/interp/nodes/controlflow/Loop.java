package org.tlang.interp.nodes.controlflow;

import org.tlang.interp.CallTarget;
import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Frame;
import org.tlang.tir.Pos;
import org.tlang.tir.TExpr;

public final class Loop extends LoopNode {
    public Loop(Node body, CallTarget owner, TExpr tir, Pos pos) {
        super(body, owner, tir, pos);
    }

    @Override
    int run(Frame f) {
        while (true) {
            int status = iterate(f);
            if (status == BREAK) return NORMAL;
            if (status == RETURN) return RETURN;
        }
    }
}
