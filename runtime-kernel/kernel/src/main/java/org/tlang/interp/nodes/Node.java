package org.tlang.interp.nodes;

import org.tlang.runtime.Executable;
import org.tlang.runtime.Frame;
import org.tlang.runtime.PanicException;
import org.tlang.tir.Pos;

/**
 * An executable node: TIR compiled with locals resolved to slots, calls to cells and types to
 * specialised node classes. Nodes whose T type is Int, Float or Bool extend {@link LongNode},
 * {@link DoubleNode} or {@link BoolNode} (or override the primitive {@code execute*} method
 * themselves), so values flow unboxed between them.
 */
public abstract class Node extends Executable {
    protected final Pos pos;

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

    /** The T panic {@code message} at this node (public: built-ins panic at the node that called them). */
    public PanicException panic(String message) {
        return new PanicException(message, pos);
    }

    /** The heap ran out while this node ran: the T panic {@code out of memory} here (after the compiled frames it unwound). */
    public PanicException outOfMemory(OutOfMemoryError e) {
        PanicException p = PanicException.exhausted(e);
        p.atIfUnknown(pos);
        return p;
    }

    /** The values of {@code nodes}, run in order. */
    protected static Object[] executeAll(Node[] nodes, Frame f) {
        Object[] out = new Object[nodes.length];
        for (int i = 0; i < nodes.length; i++) out[i] = nodes[i].execute(f);
        return out;
    }
}
