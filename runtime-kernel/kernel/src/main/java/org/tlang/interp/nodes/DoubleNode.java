package org.tlang.interp.nodes;

import org.tlang.runtime.Frame;
import org.tlang.tir.Pos;

/** A node whose T type is Float: it implements {@link #executeDouble}, the other entries box or drop its value. */
public abstract class DoubleNode extends Node {
    protected DoubleNode(Pos pos) {
        super(pos);
    }

    @Override
    public abstract double executeDouble(Frame f);

    @Override
    public Object execute(Frame f) {
        return executeDouble(f);
    }

    @Override
    public void executeVoid(Frame f) {
        executeDouble(f);
    }
}
