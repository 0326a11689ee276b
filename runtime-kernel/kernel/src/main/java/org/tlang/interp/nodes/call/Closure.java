package org.tlang.interp.nodes.call;

import org.tlang.interp.CallTarget;
import org.tlang.runtime.FnValue;
import org.tlang.runtime.Frame;
import org.tlang.runtime.Slots;
import org.tlang.tir.Type;

/** A closure value: the compiled body plus the captured values (boxes for by-reference captures). */
final class Closure implements FnValue {
    final CallTarget target;
    final int[] intoSlots;
    final Type.Kind[] intoKinds;
    final Object[] captured;

    Closure(CallTarget target, int[] intoSlots, Type.Kind[] intoKinds, Object[] captured) {
        this.target = target;
        this.intoSlots = intoSlots;
        this.intoKinds = intoKinds;
        this.captured = captured;
    }

    @Override
    public Object call(Object[] args) {
        Frame fr = new Frame(target.frameSize);
        for (int i = 0; i < args.length; i++) Slots.store(fr, i, target.paramKinds[i], args[i]);
        for (int i = 0; i < intoSlots.length; i++) Slots.store(fr, intoSlots[i], intoKinds[i], captured[i]);
        return target.execute(fr);
    }

    @Override
    public Object[] captures() {
        return captured;
    }
}
