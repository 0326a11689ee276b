package org.tlang.interp.nodes.expression;

import org.tlang.interp.nodes.BinaryBoolNode;
import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Frame;
import org.tlang.tir.Pos;

final class LtLong extends BinaryBoolNode {
    LtLong(Node left, Node right, Pos pos) {
        super(left, right, pos);
    }

    @Override
    public boolean executeBool(Frame f) {
        long a = left.executeLong(f);
        long b = right.executeLong(f);
        return a < b;
    }
}
