package org.tlang.interp.nodes.expression;

import org.tlang.interp.nodes.BoolNode;
import org.tlang.runtime.Frame;
import org.tlang.tir.Pos;

public final class BoolConst extends BoolNode {
    final boolean value;

    public BoolConst(boolean value, Pos pos) {
        super(pos);
        this.value = value;
    }

    @Override
    public boolean executeBool(Frame f) {
        return value;
    }
}
