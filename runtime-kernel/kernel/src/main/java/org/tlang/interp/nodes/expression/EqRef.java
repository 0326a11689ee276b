package org.tlang.interp.nodes.expression;

import java.util.Objects;
import org.tlang.interp.nodes.BinaryBoolNode;
import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Frame;
import org.tlang.tir.Pos;

final class EqRef extends BinaryBoolNode {
    EqRef(Node left, Node right, Pos pos) {
        super(left, right, pos);
    }

    @Override
    public boolean executeBool(Frame f) {
        Object a = left.execute(f);
        Object b = right.execute(f);
        return Objects.equals(a, b);
    }
}
