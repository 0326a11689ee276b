package org.tlang.interp.nodes.expression;

import org.tlang.interp.nodes.Node;
import org.tlang.interp.nodes.UnaryLongNode;
import org.tlang.runtime.Frame;
import org.tlang.tir.Pos;

/** Truncates toward zero; NaN gives 0 and out-of-range values saturate (Java's d2l does exactly this). */
public final class FloatToInt extends UnaryLongNode {
    public FloatToInt(Node operand, Pos pos) {
        super(operand, pos);
    }

    @Override
    public long executeLong(Frame f) {
        return (long) operand.executeDouble(f);
    }
}
