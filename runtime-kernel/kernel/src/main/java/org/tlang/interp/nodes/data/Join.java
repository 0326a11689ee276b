package org.tlang.interp.nodes.data;

import org.tlang.interp.nodes.Node;
import org.tlang.runtime.BoxedCall;
import org.tlang.runtime.Frame;
import org.tlang.runtime.PanicException;
import org.tlang.runtime.builtins.TaskBuiltins;
import org.tlang.spi.scheduler.Task;
import org.tlang.tir.Pos;

/** {@code Task.join}: a panic of the task passes on with the task's trace, now also at this join. */
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
        try {
            return TaskBuiltins.join((Task<?>) args[0]);
        } catch (PanicException p) {
            throw p.rethrownAt(pos);
        }
    }
}
