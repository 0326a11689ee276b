package org.tlang.interp.nodes.expression;

import org.tlang.interp.nodes.BinaryDoubleNode;
import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Frame;
import org.tlang.tir.Pos;

final class SubDouble extends BinaryDoubleNode {
    SubDouble(Node left, Node right, Pos pos) {
        super(left, right, pos);
    }

    @Override
    public double executeDouble(Frame f) {
        double a = left.executeDouble(f);
        double b = right.executeDouble(f);
        return a - b;
    }
}
