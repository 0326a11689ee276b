package org.tlang.interp.nodes.expression;

import org.tlang.interp.nodes.BinaryLongNode;
import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Frame;
import org.tlang.tir.Pos;

final class MulLong extends BinaryLongNode {
    MulLong(Node left, Node right, Pos pos) {
        super(left, right, pos);
    }

    @Override
    public long executeLong(Frame f) {
        long a = left.executeLong(f);
        long b = right.executeLong(f);
        long hi = Math.multiplyHigh(a, b);
        long r = a * b;
        if (hi != (r >> 63)) throw panic("integer overflow");
        return r;
    }
}
