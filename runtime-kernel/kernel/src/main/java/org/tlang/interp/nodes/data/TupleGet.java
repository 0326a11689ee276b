package org.tlang.interp.nodes.data;

import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Frame;
import org.tlang.runtime.Tuple;
import org.tlang.tir.Pos;

public final class TupleGet extends Node {
    final Node tuple;
    final int index;

    public TupleGet(Node tuple, int index, Pos pos) {
        super(pos);
        this.tuple = tuple;
        this.index = index;
    }

    @Override
    public Object execute(Frame f) {
        return ((Tuple) tuple.execute(f)).get(index);
    }
}
