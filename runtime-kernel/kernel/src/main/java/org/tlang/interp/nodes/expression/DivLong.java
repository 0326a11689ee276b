package org.tlang.interp.nodes.expression;

import org.tlang.interp.nodes.BinaryLongNode;
import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Frame;
import org.tlang.tir.Pos;

final class DivLong extends BinaryLongNode {
    DivLong(Node left, Node right, Pos pos) {
        super(left, right, pos);
    }

    @Override
    public long executeLong(Frame f) {
        long a = left.executeLong(f);
        long b = right.executeLong(f);
        if (b == 0) throw panic("division by zero");
        if (a == Long.MIN_VALUE && b == -1) throw panic("integer overflow");
        return a / b;
    }
}
