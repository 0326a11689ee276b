package org.tlang.interp.nodes.expression;

import org.tlang.interp.nodes.Node;
import org.tlang.runtime.ConstantValue;
import org.tlang.runtime.Frame;
import org.tlang.tir.Pos;

public final class RefConst extends Node implements ConstantValue {
    final Object value;

    public RefConst(Object value, Pos pos) {
        super(pos);
        this.value = value;
    }

    @Override
    public Object execute(Frame f) {
        return value;
    }

    @Override
    public Object value() {
        return value;
    }
}
