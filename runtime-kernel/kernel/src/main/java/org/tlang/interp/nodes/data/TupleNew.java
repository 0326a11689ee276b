package org.tlang.interp.nodes.data;

import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Frame;
import org.tlang.runtime.Tuple;
import org.tlang.tir.Pos;

public final class TupleNew extends Node {
    final Node[] items;

    public TupleNew(Node[] items, Pos pos) {
        super(pos);
        this.items = items;
    }

    @Override
    public Object execute(Frame f) {
        return new Tuple(executeAll(items, f));
    }
}
