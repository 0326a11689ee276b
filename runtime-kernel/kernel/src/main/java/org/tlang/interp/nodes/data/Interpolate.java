package org.tlang.interp.nodes.data;

import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Frame;
import org.tlang.runtime.Printer;
import org.tlang.tir.Pos;

public final class Interpolate extends Node {
    final Node[] parts;

    public Interpolate(Node[] parts, Pos pos) {
        super(pos);
        this.parts = parts;
    }

    @Override
    public Object execute(Frame f) {
        StringBuilder sb = new StringBuilder();
        for (Node p : parts) Printer.appendPart(sb, p.execute(f));
        return sb.toString();
    }
}
