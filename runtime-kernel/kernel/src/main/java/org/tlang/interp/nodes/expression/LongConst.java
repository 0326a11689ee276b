package org.tlang.interp.nodes.expression;

import org.tlang.interp.nodes.LongNode;
import org.tlang.runtime.Frame;
import org.tlang.tir.Pos;

public final class LongConst extends LongNode {
    final long value;

    public LongConst(long value, Pos pos) {
        super(pos);
        this.value = value;
    }

    @Override
    public long executeLong(Frame f) {
        return value;
    }
}
