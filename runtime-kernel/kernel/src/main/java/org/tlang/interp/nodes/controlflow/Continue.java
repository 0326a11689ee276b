package org.tlang.interp.nodes.controlflow;

import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Frame;
import org.tlang.tir.Pos;

public final class Continue extends Node {
    public Continue(Pos pos) {
        super(pos);
    }

    @Override
    public Object execute(Frame f) {
        throw ControlFlow.Continue.INSTANCE;
    }

    @Override
    public int executeStatement(Frame f) {
        return CONTINUE;
    }
}
