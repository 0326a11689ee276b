package org.tlang.interp.nodes.controlflow;

import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Frame;
import org.tlang.runtime.Unit;
import org.tlang.tir.Pos;

public final class Break extends Node {
    final Node value;

    public Break(Node value, Pos pos) {
        super(pos);
        this.value = value;
    }

    @Override
    public Object execute(Frame f) {
        if (value == null) throw ControlFlow.Break.PLAIN;
        throw new ControlFlow.Break(value.execute(f));
    }

    @Override
    public int executeStatement(Frame f) {
        f.completion = value == null ? Unit.VALUE : value.execute(f);
        return BREAK;
    }
}
