package org.tlang.interp.nodes.data;

import java.util.LinkedHashSet;
import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Frame;
import org.tlang.runtime.Vec;
import org.tlang.tir.Pos;

/** A Vec literal, or a Set literal (same syntax, told apart by its type). */
public final class VecNew extends Node {
    final Node[] items;
    final boolean set;

    public VecNew(Node[] items, boolean set, Pos pos) {
        super(pos);
        this.items = items;
        this.set = set;
    }

    @Override
    public Object execute(Frame f) {
        if (set) {
            LinkedHashSet<Object> s = new LinkedHashSet<>();
            for (Node n : items) s.add(n.execute(f));
            return s;
        }
        Vec v = new Vec(items.length);
        for (Node n : items) v.add(n.execute(f));
        return v;
    }
}
