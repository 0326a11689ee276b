package org.tlang.interp.nodes;

import org.tlang.tir.Pos;

/** An operator on one operand whose result is an Int. */
public abstract class UnaryLongNode extends LongNode {
    protected final Node operand;

    protected UnaryLongNode(Node operand, Pos pos) {
        super(pos);
        this.operand = operand;
    }
}
