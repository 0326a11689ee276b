package org.tlang.interp.nodes.data;

import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Frame;
import org.tlang.runtime.Unit;
import org.tlang.tir.Pos;

public final class Destructure extends Node {
    final Matcher pattern;
    final Node value;

    public Destructure(Matcher pattern, Node value, Pos pos) {
        super(pos);
        this.pattern = pattern;
        this.value = value;
    }

    @Override
    public Object execute(Frame f) {
        pattern.match(f, value.execute(f));
        return Unit.VALUE;
    }
}
