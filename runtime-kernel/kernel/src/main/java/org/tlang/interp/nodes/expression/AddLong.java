package org.tlang.interp.nodes.expression;

import org.tlang.interp.nodes.BinaryLongNode;
import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Frame;
import org.tlang.tir.Pos;

final class AddLong extends BinaryLongNode {
    AddLong(Node left, Node right, Pos pos) {
        super(left, right, pos);
    }

    @Override
    public long executeLong(Frame f) {
        long a = left.executeLong(f);
        long b = right.executeLong(f);
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) throw panic("integer overflow");
        return r;
    }
}
