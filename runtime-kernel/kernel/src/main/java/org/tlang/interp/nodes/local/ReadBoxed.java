package org.tlang.interp.nodes.local;

import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Box;
import org.tlang.runtime.Frame;
import org.tlang.tir.Pos;

/** A boxed (captured and mutable) local: its slot holds a {@link Box}. */
final class ReadBoxed extends Node {
    final int slot;

    ReadBoxed(int slot, Pos pos) {
        super(pos);
        this.slot = slot;
    }

    @Override
    public Object execute(Frame f) {
        return ((Box) f.refs[slot]).value;
    }
}
