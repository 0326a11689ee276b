package org.tlang.interp.nodes.data;

import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Frame;
import org.tlang.runtime.StructShape;
import org.tlang.runtime.StructValue;
import org.tlang.tir.Pos;

public final class StructNew extends Node {
    final StructShape shape;
    final Node[] fields;
    private final String layout;

    public StructNew(StructShape shape, Node[] fields, Pos pos) {
        super(pos);
        this.shape = shape;
        this.fields = fields;
        this.layout = shape.layout().code();
    }

    @Override
    public Object execute(Frame f) {
        StructValue s = shape.blank();
        for (int i = 0; i < fields.length; i++) {
            switch (layout.charAt(i)) {
                case 'J' -> s.setLong(i, fields[i].executeLong(f));
                case 'D' -> s.setDouble(i, fields[i].executeDouble(f));
                case 'Z' -> s.setBool(i, fields[i].executeBool(f));
                default -> s.set(i, fields[i].execute(f));
            }
        }
        return s;
    }
}
