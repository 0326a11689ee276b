package org.tlang.interp.nodes.expression;

import org.tlang.interp.nodes.Node;
import org.tlang.interp.nodes.UnaryLongNode;
import org.tlang.runtime.Frame;
import org.tlang.tir.Pos;

public final class NegLong extends UnaryLongNode {
    public NegLong(Node operand, Pos pos) {
        super(operand, pos);
    }

    @Override
    public long executeLong(Frame f) {
        long a = operand.executeLong(f);
        if (a == Long.MIN_VALUE) throw panic("integer overflow");
        return -a;
    }
}
