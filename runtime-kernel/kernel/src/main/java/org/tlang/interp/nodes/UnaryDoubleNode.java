package org.tlang.interp.nodes;

import org.tlang.tir.Pos;

/** An operator on one operand whose result is a Float. */
public abstract class UnaryDoubleNode extends DoubleNode {
    protected final Node operand;

    protected UnaryDoubleNode(Node operand, Pos pos) {
        super(pos);
        this.operand = operand;
    }
}
