package org.tlang.interp.nodes.local;

import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Frame;
import org.tlang.tir.Pos;

final class ReadRef extends Node {
    final int slot;

    ReadRef(int slot, Pos pos) {
        super(pos);
        this.slot = slot;
    }

    @Override
    public Object execute(Frame f) {
        return f.refs[slot];
    }
}
