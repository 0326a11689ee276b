package org.tlang.interp.nodes.expression;

import org.tlang.interp.nodes.Node;
import org.tlang.interp.nodes.UnaryDoubleNode;
import org.tlang.runtime.Frame;
import org.tlang.tir.Pos;

public final class NegDouble extends UnaryDoubleNode {
    public NegDouble(Node operand, Pos pos) {
        super(operand, pos);
    }

    @Override
    public double executeDouble(Frame f) {
        return -operand.executeDouble(f);
    }
}
