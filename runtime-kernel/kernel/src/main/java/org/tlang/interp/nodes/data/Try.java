package org.tlang.interp.nodes.data;

import org.tlang.interp.nodes.Node;
import org.tlang.interp.nodes.controlflow.ControlFlow;
import org.tlang.runtime.EnumValue;
import org.tlang.runtime.Frame;
import org.tlang.tir.Pos;

/** `e?` */
public final class Try extends Node {
    final Node value;

    public Try(Node value, Pos pos) {
        super(pos);
        this.value = value;
    }

    @Override
    public Object execute(Frame f) {
        EnumValue e = (EnumValue) value.execute(f);
        if (e.isNoneOrErr()) {
            throw new ControlFlow.Return(e);
        }
        return e.single();
    }
}
