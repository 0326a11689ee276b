package org.tlang.interp.nodes.controlflow;

import java.lang.invoke.MethodHandle;
import org.tlang.interp.CallTarget;
import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Frame;
import org.tlang.runtime.Safepoint;
import org.tlang.runtime.Unit;
import org.tlang.tir.Pos;
import org.tlang.tir.TExpr;

/**
 * Common shape of the loops: {@link #run} gives NORMAL when the loop ended (by its condition or a
 * `break`) or RETURN when a `return` ended it; the value of a `break` is left in the frame.
 */
public abstract class LoopNode extends Node {
    final Node body;
    /** The function this loop belongs to, which counts back edges for tiering. */
    private final CallTarget owner;
    /** This loop's TIR, for on-stack replacement (null: never leaves the interpreter). */
    private final TExpr tir;
    /**
     * On-stack replacement: compiled code that runs the rest of this loop from the start of its
     * body (see {@link org.tlang.spi.tier.LoopCompiler}); null until compiled.
     */
    private volatile MethodHandle osr;
    /** Back edges seen since the owner armed its loops, and whether compiling this loop was tried. */
    private int edges;
    private boolean tried;

    LoopNode(Node body, CallTarget owner, TExpr tir, Pos pos) {
        super(pos);
        this.body = body;
        this.owner = owner;
        this.tir = tir;
    }

    abstract int run(Frame f);

    final int iterate(Frame f) {
        return iterate(f, 0, 0);
    }

    /**
     * Runs the body once: NORMAL to go on, BREAK to stop, RETURN to leave the function. Once this
     * loop is hot and compiled, runs all of its remaining iterations in compiled code instead
     * ({@code i} and {@code end} are a `for` loop's counter and bound) and gives BREAK or RETURN.
     * Every {@link Safepoint#PERIOD} iterations of the activation's loops, polls the safepoint.
     */
    final int iterate(Frame f, long i, long end) {
        if (--f.untilPoll <= 0) f.untilPoll = Safepoint.poll(pos.line(), pos.column());
        CallTarget o = owner;
        if (o != null) {
            o.backEdge();
            MethodHandle h = osr;
            if (h == null && o.loops != null && !tried && (++edges >= o.loopThreshold || o.closuresHot)) h = compileOsr(o);
            if (h != null) return enter(h, f, i, end);
        }
        int status;
        try {
            status = body.executeStatement(f);
        } catch (ControlFlow.Continue c) {
            return NORMAL;
        } catch (ControlFlow.Break b) {
            f.completion = b.value;
            return BREAK;
        }
        return status == CONTINUE ? NORMAL : status;
    }

    private MethodHandle compileOsr(CallTarget o) {
        tried = true;
        if (tir == null) return null;
        MethodHandle h = o.loops.compile(tir);
        osr = h;
        return h;
    }

    private static int enter(MethodHandle h, Frame f, long i, long end) {
        boolean returned;
        try {
            returned = (boolean) h.invokeExact(f, i, end);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        return returned ? RETURN : BREAK;
    }

    @Override
    public Object execute(Frame f) {
        f.completion = Unit.VALUE;
        if (run(f) == RETURN) throw new ControlFlow.Return(f.completion);
        return f.completion;
    }

    /** On NORMAL completion the frame holds the loop's value: a `loop`'s `break` value, else (). */
    @Override
    public int executeStatement(Frame f) {
        f.completion = Unit.VALUE;
        int status = run(f);
        if (status == NORMAL && !(this instanceof Loop)) f.completion = Unit.VALUE;
        return status;
    }
}
