package org.tlang.interp.nodes.data;

import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Frame;
import org.tlang.runtime.StructValue;
import org.tlang.runtime.Unit;
import org.tlang.tir.Pos;

public final class SetField extends Node {
    final Node target;
    final int index;
    final Node value;
    /** The value's representation (a layout letter): set without boxing when it is primitive. */
    private final char kind;

    public SetField(Node target, int index, Node value, char kind, Pos pos) {
        super(pos);
        this.target = target;
        this.index = index;
        this.value = value;
        this.kind = kind;
    }

    @Override
    public Object execute(Frame f) {
        StructValue s = (StructValue) target.execute(f);
        switch (kind) {
            case 'J' -> s.setLong(index, value.executeLong(f));
            case 'D' -> s.setDouble(index, value.executeDouble(f));
            case 'Z' -> s.setBool(index, value.executeBool(f));
            default -> s.set(index, value.execute(f));
        }
        return Unit.VALUE;
    }
}
