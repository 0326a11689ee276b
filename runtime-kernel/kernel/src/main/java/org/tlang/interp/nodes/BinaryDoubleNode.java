package org.tlang.interp.nodes;

import org.tlang.tir.Pos;

/** An operator on two operands whose result is a Float. */
public abstract class BinaryDoubleNode extends DoubleNode {
    protected final Node left;
    protected final Node right;

    protected BinaryDoubleNode(Node left, Node right, Pos pos) {
        super(pos);
        this.left = left;
        this.right = right;
    }
}
