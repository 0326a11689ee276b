package org.tlang.interp.nodes.data;

import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Frame;
import org.tlang.runtime.StaticCell;
import org.tlang.runtime.Unit;
import org.tlang.tir.Pos;

/** Assigns a static. */
public final class GlobalSet extends Node {
    final StaticCell cell;
    final Node value;

    public GlobalSet(StaticCell cell, Node value, Pos pos) {
        super(pos);
        this.cell = cell;
        this.value = value;
    }

    @Override
    public Object execute(Frame f) {
        cell.set(value.execute(f));
        return Unit.VALUE;
    }
}
