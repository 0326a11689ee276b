package org.tlang.interp.nodes.expression;

import org.tlang.interp.nodes.DoubleNode;
import org.tlang.runtime.Frame;
import org.tlang.tir.Pos;

public final class DoubleConst extends DoubleNode {
    final double value;

    public DoubleConst(double value, Pos pos) {
        super(pos);
        this.value = value;
    }

    @Override
    public double executeDouble(Frame f) {
        return value;
    }
}
