package org.tlang.interp.nodes.expression;

import org.tlang.interp.nodes.Node;
import org.tlang.interp.nodes.UnaryLongNode;
import org.tlang.runtime.Frame;
import org.tlang.tir.Pos;

public final class BitNot extends UnaryLongNode {
    public BitNot(Node operand, Pos pos) {
        super(operand, pos);
    }

    @Override
    public long executeLong(Frame f) {
        return ~operand.executeLong(f);
    }
}
