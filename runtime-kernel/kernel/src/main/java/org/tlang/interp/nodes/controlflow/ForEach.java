package org.tlang.interp.nodes.controlflow;

import org.tlang.interp.CallTarget;
import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Bytes;
import org.tlang.runtime.Frame;
import org.tlang.runtime.Iteration;
import org.tlang.runtime.Unit;
import org.tlang.runtime.Vec;
import org.tlang.tir.Pos;
import org.tlang.tir.TExpr;

/** Iterates a Vec by index (so pushes during iteration are seen), others over a snapshot. */
public final class ForEach extends LoopNode {
    final Node iterable;
    final SlotSetter setter;

    /** Stores an item in the loop variable. */
    public interface SlotSetter {
        void set(Frame f, Object v);
    }

    public ForEach(Node iterable, SlotSetter setter, Node body, CallTarget owner, TExpr tir, Pos pos) {
        super(body, owner, tir, pos);
        this.iterable = iterable;
        this.setter = setter;
    }

    @Override
    int run(Frame f) {
        Object it = iterable.execute(f);
        if (it instanceof Vec list) {
            for (int i = 0; i < list.size(); i++) {
                int status = step(f, list.get(i), list, i);
                if (status != NORMAL) return status == BREAK ? NORMAL : status;
            }
        } else if (it instanceof Bytes b) {
            for (int i = 0; i < b.length(); i++) {
                int status = step(f, (long) b.get(i), b, i);
                if (status != NORMAL) return status == BREAK ? NORMAL : status;
            }
        } else {
            Object[] items = Iteration.snapshot(it);
            for (int i = 0; i < items.length; i++) {
                int status = step(f, items[i], items, i);
                if (status != NORMAL) return status == BREAK ? NORMAL : status;
            }
        }
        return NORMAL;
    }

    /**
     * One iteration over item {@code i} of {@code items} (the Vec, or the snapshot's array). An
     * on-stack-replacement entry takes the loop over from here: it finds its items in the frame's
     * completion (which the loop's end overwrites) and its position in {@code i}.
     */
    private int step(Frame f, Object v, Object items, int i) {
        setter.set(f, v);
        f.completion = items;
        return iterate(f, i, 0);
    }

    @Override
    public Object execute(Frame f) {
        super.execute(f);
        return Unit.VALUE;
    }
}
