package org.tlang.interp.nodes.expression;

import org.tlang.interp.nodes.Node;
import org.tlang.interp.nodes.UnaryDoubleNode;
import org.tlang.runtime.Frame;
import org.tlang.tir.Pos;

public final class IntToFloat extends UnaryDoubleNode {
    public IntToFloat(Node operand, Pos pos) {
        super(operand, pos);
    }

    @Override
    public double executeDouble(Frame f) {
        return (double) operand.executeLong(f);
    }
}
