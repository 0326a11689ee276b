package org.tlang.interp.nodes.controlflow;

import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Frame;
import org.tlang.runtime.Slots;
import org.tlang.runtime.Unit;
import org.tlang.tir.Pos;

/**
 * A block. A {@code tail} block is in tail position of its function: a `return` completing one
 * of its statements is simply the block's value.
 */
public final class Block extends Node {
    final Node[] statements;
    final Node result;
    final boolean tail;

    public Block(Node[] statements, Node result, Pos pos) {
        this(statements, result, false, pos);
    }

    public Block(Node[] statements, Node result, boolean tail, Pos pos) {
        super(pos);
        this.statements = statements;
        this.result = result;
        this.tail = tail;
    }

    /**
     * Runs the statements; NORMAL, or the status of the one that completed abruptly. The heap
     * running out in one is the T panic {@code out of memory} at that statement.
     */
    private int run(Frame f) {
        int i = 0;
        try {
            for (; i < statements.length; i++) {
                int status = statements[i].executeStatement(f);
                if (status != NORMAL) return status;
            }
        } catch (OutOfMemoryError e) {
            throw statements[i].outOfMemory(e);
        }
        return NORMAL;
    }

    /** After an abrupt statement: the function's value if this is a tail block, else rethrow as an exception. */
    private Object abrupt(int status, Frame f) {
        if (tail && status == RETURN) return f.completion;
        throw ControlFlow.of(status, f.completion);
    }

    /** A loop ending a tail block: a `return` inside it completes the block without an exception. */
    private boolean tailLoop() {
        return tail && result instanceof LoopNode;
    }

    @Override
    public Object execute(Frame f) {
        int status = run(f);
        if (status != NORMAL) return abrupt(status, f);
        if (tailLoop()) {
            result.executeStatement(f);
            return f.completion;
        }
        return result == null ? Unit.VALUE : result.execute(f);
    }

    @Override
    public long executeLong(Frame f) {
        int status = run(f);
        if (status != NORMAL) return Slots.asLong(abrupt(status, f));
        if (tailLoop()) {
            result.executeStatement(f);
            return Slots.asLong(f.completion);
        }
        return result.executeLong(f);
    }

    @Override
    public double executeDouble(Frame f) {
        int status = run(f);
        if (status != NORMAL) return (Double) abrupt(status, f);
        if (tailLoop()) {
            result.executeStatement(f);
            return (Double) f.completion;
        }
        return result.executeDouble(f);
    }

    @Override
    public boolean executeBool(Frame f) {
        int status = run(f);
        if (status != NORMAL) return (Boolean) abrupt(status, f);
        if (tailLoop()) {
            result.executeStatement(f);
            return (Boolean) f.completion;
        }
        return result.executeBool(f);
    }

    @Override
    public void executeVoid(Frame f) {
        int status = run(f);
        if (status != NORMAL) {
            abrupt(status, f);
            return;
        }
        if (result != null) result.executeVoid(f);
    }

    @Override
    public int executeStatement(Frame f) {
        int status = run(f);
        if (status != NORMAL) return status;
        return result == null ? NORMAL : result.executeStatement(f);
    }
}
