package org.tlang.interp.nodes;

import org.tlang.runtime.Frame;
import org.tlang.tir.Pos;

/** A node whose T type is Int: it implements {@link #executeLong}, the other entries box or drop its value. */
public abstract class LongNode extends Node {
    protected LongNode(Pos pos) {
        super(pos);
    }

    @Override
    public abstract long executeLong(Frame f);

    @Override
    public Object execute(Frame f) {
        return executeLong(f);
    }

    @Override
    public void executeVoid(Frame f) {
        executeLong(f);
    }
}
