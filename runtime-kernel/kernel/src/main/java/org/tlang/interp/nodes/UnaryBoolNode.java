package org.tlang.interp.nodes;

import org.tlang.tir.Pos;

/** An operator on one operand whose result is a Bool. */
public abstract class UnaryBoolNode extends BoolNode {
    protected final Node operand;

    protected UnaryBoolNode(Node operand, Pos pos) {
        super(pos);
        this.operand = operand;
    }
}
