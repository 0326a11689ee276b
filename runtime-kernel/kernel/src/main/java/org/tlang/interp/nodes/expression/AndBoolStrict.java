package org.tlang.interp.nodes.expression;

import org.tlang.interp.nodes.BinaryBoolNode;
import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Frame;
import org.tlang.tir.Pos;

final class AndBoolStrict extends BinaryBoolNode {
    AndBoolStrict(Node left, Node right, Pos pos) {
        super(left, right, pos);
    }

    @Override
    public boolean executeBool(Frame f) {
        boolean a = left.executeBool(f);
        boolean b = right.executeBool(f);
        return a & b;
    }
}
