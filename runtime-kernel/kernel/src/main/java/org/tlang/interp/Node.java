package org.tlang.interp;

import org.tlang.runtime.PanicException;
import org.tlang.runtime.Frame;
import org.tlang.runtime.Executable;

import org.tlang.tir.Pos;

/**
 * An executable node: TIR compiled with locals resolved to slots, calls to cells and types to
 * specialised node classes. Nodes whose T type is Int, Float or Bool override the primitive
 * {@code execute*} method, so values flow unboxed between them.
 */
public abstract class Node extends Executable {
    final Pos pos;

    protected Node(Pos pos) {
        this.pos = pos;
    }

    /** {@link #executeStatement} finished normally. */
    public static final int NORMAL = 0;
    /** A `break` ran; its value is in {@link Frame#completion}. */
    public static final int BREAK = 1;
    public static final int CONTINUE = 2;
    /** A `return` ran; its value is in {@link Frame#completion}. */
    public static final int RETURN = 3;

    /**
     * Runs in statement position and says how it completed. `break`, `continue` and `return` in
     * statement position complete this way, without exceptions; in expression position (inside an
     * argument, say) they throw, and the enclosing loop or function catches.
     */
    public int executeStatement(Frame f) {
        executeVoid(f);
        return NORMAL;
    }

    PanicException panic(String message) {
        return new PanicException(message, pos);
    }

    abstract static class LongNode extends Node {
        LongNode(Pos pos) {
            super(pos);
        }

        @Override
        public abstract long executeLong(Frame f);

        @Override
        public Object execute(Frame f) {
            return executeLong(f);
        }

        @Override
        public void executeVoid(Frame f) {
            executeLong(f);
        }
    }

    abstract static class DoubleNode extends Node {
        DoubleNode(Pos pos) {
            super(pos);
        }

        @Override
        public abstract double executeDouble(Frame f);

        @Override
        public Object execute(Frame f) {
            return executeDouble(f);
        }

        @Override
        public void executeVoid(Frame f) {
            executeDouble(f);
        }
    }

    abstract static class BoolNode extends Node {
        BoolNode(Pos pos) {
            super(pos);
        }

        @Override
        public abstract boolean executeBool(Frame f);

        @Override
        public Object execute(Frame f) {
            return executeBool(f);
        }

        @Override
        public long executeLong(Frame f) {
            return executeBool(f) ? 1 : 0;
        }

        @Override
        public void executeVoid(Frame f) {
            executeBool(f);
        }
    }
}
