package org.tlang.interp.nodes.expression;

import org.tlang.interp.nodes.BinaryNode;
import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Frame;
import org.tlang.tir.Pos;

final class Concat extends BinaryNode {
    Concat(Node left, Node right, Pos pos) {
        super(left, right, pos);
    }

    @Override
    public Object execute(Frame f) {
        return ((String) left.execute(f)).concat((String) right.execute(f));
    }
}
