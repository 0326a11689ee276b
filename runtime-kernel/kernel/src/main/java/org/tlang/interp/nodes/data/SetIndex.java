package org.tlang.interp.nodes.data;

import java.util.Map;
import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Bytes;
import org.tlang.runtime.Frame;
import org.tlang.runtime.Printer;
import org.tlang.runtime.Unit;
import org.tlang.runtime.Vec;
import org.tlang.tir.Pos;

/** {@code b[i] = x} on Bytes and {@code m[k] = v} on a Map (a Vec has SetVecIndex). */
public final class SetIndex extends Node {
    final Node target;
    final Node index;
    final Node value;

    public SetIndex(Node target, Node index, Node value, Pos pos) {
        super(pos);
        this.target = target;
        this.index = index;
        this.value = value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object execute(Frame f) {
        Object t = target.execute(f);
        if (t instanceof Bytes b) {
            long i = index.executeLong(f);
            long x = value.executeLong(f);
            if (i < 0 || i >= b.length()) throw panic(Printer.indexOutOfBounds(b.length(), i));
            b.set((int) i, x);
        } else {
            Object k = index.execute(f);
            ((Map<Object, Object>) t).put(k, value.execute(f));
        }
        return Unit.VALUE;
    }
}
