package org.tlang.interp.nodes.local;

import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Box;
import org.tlang.runtime.Frame;
import org.tlang.runtime.Unit;
import org.tlang.tir.Pos;

/** `let` of a boxed local: a fresh box per execution, so each loop iteration gets its own. */
public final class LetBoxed extends Node {
    final int slot;
    final Node value;

    public LetBoxed(int slot, Node value, Pos pos) {
        super(pos);
        this.slot = slot;
        this.value = value;
    }

    @Override
    public Object execute(Frame f) {
        f.refs[slot] = new Box(value.execute(f));
        return Unit.VALUE;
    }

    @Override
    public void executeVoid(Frame f) {
        execute(f);
    }

    @Override
    public int executeStatement(Frame f) {
        execute(f);
        return NORMAL;
    }
}
