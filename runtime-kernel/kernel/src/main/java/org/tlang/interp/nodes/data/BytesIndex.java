package org.tlang.interp.nodes.data;

import org.tlang.interp.nodes.LongNode;
import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Bytes;
import org.tlang.runtime.Frame;
import org.tlang.runtime.Printer;
import org.tlang.tir.Pos;

public final class BytesIndex extends LongNode {
    final Node target;
    final Node index;

    public BytesIndex(Node target, Node index, Pos pos) {
        super(pos);
        this.target = target;
        this.index = index;
    }

    @Override
    public long executeLong(Frame f) {
        Bytes b = (Bytes) target.execute(f);
        long i = index.executeLong(f);
        if (i < 0 || i >= b.length()) throw panic(Printer.indexOutOfBounds(b.length(), i));
        return b.get((int) i);
    }
}
