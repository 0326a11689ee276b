package org.tlang.interp.nodes.data;

import java.util.Map;
import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Frame;
import org.tlang.runtime.Printer;
import org.tlang.tir.Pos;

public final class MapIndex extends Node {
    final Node target;
    final Node key;

    public MapIndex(Node target, Node key, Pos pos) {
        super(pos);
        this.target = target;
        this.key = key;
    }

    @Override
    public Object execute(Frame f) {
        Map<?, ?> m = (Map<?, ?>) target.execute(f);
        Object k = key.execute(f);
        Object v = m.get(k);
        if (v == null) throw panic(Printer.keyNotFound(k));
        return v;
    }
}
