package org.tlang.interp.nodes.data;

import org.tlang.interp.nodes.Node;
import org.tlang.runtime.BoxedCall;
import org.tlang.runtime.Frame;
import org.tlang.runtime.PanicException;
import org.tlang.spi.scheduler.Task;
import org.tlang.tir.Pos;

public final class Join extends Node implements BoxedCall {
    final Node task;

    public Join(Node task, Pos pos) {
        super(pos);
        this.task = task;
    }

    @Override
    public Object execute(Frame f) {
        return apply(new Object[] {task.execute(f)});
    }

    @Override
    public Object apply(Object[] args) {
        Task<?> t = (Task<?>) args[0];
        try {
            return t.join();
        } catch (PanicException p) {
            throw p.rethrownAt(pos);
        }
    }
}
