package org.tlang.interp.nodes.call;

import org.tlang.interp.CallTarget;
import org.tlang.interp.nodes.Node;
import org.tlang.runtime.ClosureMaker;
import org.tlang.runtime.FnValue;
import org.tlang.runtime.Frame;
import org.tlang.runtime.Slots;
import org.tlang.tir.Pos;
import org.tlang.tir.Type;

public final class MakeClosure extends Node implements ClosureMaker {
    final CallTarget target;
    final int[] fromSlots;
    final Type.Kind[] fromKinds;
    final Type[] fromTypes;
    final int[] intoSlots;
    final Type.Kind[] intoKinds;

    public MakeClosure(CallTarget target, int[] fromSlots, Type.Kind[] fromKinds, Type[] fromTypes, int[] intoSlots,
                Type.Kind[] intoKinds, Pos pos) {
        super(pos);
        this.target = target;
        this.fromSlots = fromSlots;
        this.fromKinds = fromKinds;
        this.fromTypes = fromTypes;
        this.intoSlots = intoSlots;
        this.intoKinds = intoKinds;
    }

    @Override
    public Object execute(Frame f) {
        Object[] captured = new Object[fromSlots.length];
        for (int i = 0; i < captured.length; i++) captured[i] = Slots.load(f, fromSlots[i], fromKinds[i], fromTypes[i]);
        return make(captured);
    }

    @Override
    public FnValue make(Object[] captured) {
        return new Closure(target, intoSlots, intoKinds, captured);
    }
}
