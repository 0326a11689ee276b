package org.tlang.interp.nodes;

import org.tlang.runtime.Frame;
import org.tlang.tir.Pos;

/** A node whose T type is Bool: it implements {@link #executeBool}, the other entries box, widen or drop its value. */
public abstract class BoolNode extends Node {
    protected BoolNode(Pos pos) {
        super(pos);
    }

    @Override
    public abstract boolean executeBool(Frame f);

    @Override
    public Object execute(Frame f) {
        return executeBool(f);
    }

    @Override
    public long executeLong(Frame f) {
        return executeBool(f) ? 1 : 0;
    }

    @Override
    public void executeVoid(Frame f) {
        executeBool(f);
    }
}
