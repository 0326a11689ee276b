package org.tlang.interp.nodes.data;

import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Frame;
import org.tlang.runtime.Unit;
import org.tlang.runtime.Vec;
import org.tlang.tir.Pos;

/** {@code v[i] = e} on a Vec; {@code kind} is the element's layout letter (StructLayout.letter): J, D and Z are set unboxed. */
public final class SetVecIndex extends Node {
    final Node target;
    final Node index;
    final Node value;
    final char kind;

    public SetVecIndex(Node target, Node index, Node value, char kind, Pos pos) {
        super(pos);
        this.target = target;
        this.index = index;
        this.value = value;
        this.kind = kind;
    }

    @Override
    public Object execute(Frame f) {
        executeVoid(f);
        return Unit.VALUE;
    }

    @Override
    public void executeVoid(Frame f) {
        Vec v = (Vec) target.execute(f);
        long i = index.executeLong(f);
        switch (kind) {
            case 'J' -> {
                long x = value.executeLong(f);
                v.setLong(VecIndex.checkIndex(this, v, i), x);
            }
            case 'D' -> {
                double x = value.executeDouble(f);
                v.setDouble(VecIndex.checkIndex(this, v, i), x);
            }
            case 'Z' -> {
                boolean x = value.executeBool(f);
                v.setBool(VecIndex.checkIndex(this, v, i), x);
            }
            default -> {
                Object x = value.execute(f);
                v.set(VecIndex.checkIndex(this, v, i), x);
            }
        }
    }

    @Override
    public int executeStatement(Frame f) {
        executeVoid(f);
        return NORMAL;
    }
}
