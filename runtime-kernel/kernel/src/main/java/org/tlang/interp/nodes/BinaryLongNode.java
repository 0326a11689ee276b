package org.tlang.interp.nodes;

import org.tlang.tir.Pos;

/** An operator on two operands whose result is an Int. */
public abstract class BinaryLongNode extends LongNode {
    protected final Node left;
    protected final Node right;

    protected BinaryLongNode(Node left, Node right, Pos pos) {
        super(pos);
        this.left = left;
        this.right = right;
    }
}
