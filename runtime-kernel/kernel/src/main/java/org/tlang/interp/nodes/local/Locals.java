package org.tlang.interp.nodes.local;

import org.tlang.interp.nodes.Node;
import org.tlang.tir.Pos;
import org.tlang.tir.Type;

/** Picks the node that reads or writes a local from its type and whether it lives in a box. */
public final class Locals {
    private Locals() {}

    public static Node read(int slot, Type type, boolean boxed, Pos pos) {
        if (boxed) return new ReadBoxed(slot, pos);
        if (type == Type.INT) return new ReadLong(slot, pos);
        if (type == Type.BOOL) return new ReadBool(slot, pos);
        if (type == Type.FLOAT) return new ReadDouble(slot, pos);
        return new ReadRef(slot, pos);
    }

    public static Node write(int slot, Type type, boolean boxed, Node value, Pos pos) {
        if (boxed) return new WriteBoxed(slot, value, pos);
        return switch (type.kind()) {
            case LONG -> {
                if (value instanceof AddLocalConst add && add.slot == slot) yield new IncLong(slot, add.delta, add, pos);
                yield new WriteLong(slot, value, pos);
            }
            case DOUBLE -> new WriteDouble(slot, value, pos);
            case REF -> new WriteRef(slot, value, pos);
        };
    }
}
