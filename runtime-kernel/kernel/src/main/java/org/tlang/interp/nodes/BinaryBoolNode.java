package org.tlang.interp.nodes;

import org.tlang.tir.Pos;

/** An operator on two operands whose result is a Bool (comparisons of any operand type among them). */
public abstract class BinaryBoolNode extends BoolNode {
    protected final Node left;
    protected final Node right;

    protected BinaryBoolNode(Node left, Node right, Pos pos) {
        super(pos);
        this.left = left;
        this.right = right;
    }
}
