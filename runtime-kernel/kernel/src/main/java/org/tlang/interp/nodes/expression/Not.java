package org.tlang.interp.nodes.expression;

import org.tlang.interp.nodes.Node;
import org.tlang.interp.nodes.UnaryBoolNode;
import org.tlang.runtime.Frame;
import org.tlang.tir.Pos;

public final class Not extends UnaryBoolNode {
    public Not(Node operand, Pos pos) {
        super(operand, pos);
    }

    @Override
    public boolean executeBool(Frame f) {
        return !operand.executeBool(f);
    }
}
