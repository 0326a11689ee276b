package org.tlang.interp.nodes.expression;

import org.tlang.interp.nodes.BinaryBoolNode;
import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Frame;
import org.tlang.runtime.Values;
import org.tlang.tir.Pos;

final class LeStr extends BinaryBoolNode {
    LeStr(Node left, Node right, Pos pos) {
        super(left, right, pos);
    }

    @Override
    public boolean executeBool(Frame f) {
        Object a = left.execute(f);
        Object b = right.execute(f);
        return Values.compareStr((String) a, (String) b) <= 0;
    }
}
