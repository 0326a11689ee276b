package org.tlang.interp.nodes.data;

import org.tlang.interp.nodes.Node;
import org.tlang.runtime.EnumShape;
import org.tlang.runtime.EnumValue;
import org.tlang.runtime.Frame;
import org.tlang.tir.Pos;

public final class VariantNew extends Node {
    final EnumShape shape;
    final int variant;
    final Node[] args;
    final EnumValue constant;

    public VariantNew(EnumShape shape, int variant, Node[] args, Pos pos) {
        super(pos);
        this.shape = shape;
        this.variant = variant;
        this.args = args;
        this.constant = args.length == 0 ? new EnumValue(shape, variant, new Object[0]) : null;
    }

    @Override
    public Object execute(Frame f) {
        if (constant != null) return constant;
        if (args.length == 1) return new EnumValue(shape, variant, args[0].execute(f));
        return new EnumValue(shape, variant, executeAll(args, f));
    }
}
