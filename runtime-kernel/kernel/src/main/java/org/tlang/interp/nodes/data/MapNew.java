package org.tlang.interp.nodes.data;

import java.util.LinkedHashMap;
import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Frame;
import org.tlang.tir.Pos;

public final class MapNew extends Node {
    final Node[] keys;
    final Node[] values;

    public MapNew(Node[] keys, Node[] values, Pos pos) {
        super(pos);
        this.keys = keys;
        this.values = values;
    }

    @Override
    public Object execute(Frame f) {
        LinkedHashMap<Object, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keys.length; i++) m.put(keys[i].execute(f), values[i].execute(f));
        return m;
    }
}
