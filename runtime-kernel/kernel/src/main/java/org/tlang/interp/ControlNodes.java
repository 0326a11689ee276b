package org.tlang.interp;

import org.tlang.runtime.Unit;
import org.tlang.runtime.Bytes;
import org.tlang.runtime.Iteration;
import org.tlang.runtime.Frame;
import org.tlang.runtime.Vec;
import org.tlang.runtime.Slots;

import org.tlang.tir.Pos;

/**
 * Blocks, conditionals, loops and non-local exits. In statement position these complete with a
 * status ({@link Node#executeStatement}); only a `break`, `continue` or `return` nested in an
 * expression travels as an exception.
 */
final class ControlNodes {
    private ControlNodes() {}

    /**
     * A block. A {@code tail} block is in tail position of its function: a `return` completing one
     * of its statements is simply the block's value.
     */
    static final class Block extends Node {
        final Node[] statements;
        final Node result;
        final boolean tail;

        Block(Node[] statements, Node result, Pos pos) {
            this(statements, result, false, pos);
        }

        Block(Node[] statements, Node result, boolean tail, Pos pos) {
            super(pos);
            this.statements = statements;
            this.result = result;
            this.tail = tail;
        }

        /** Runs the statements; NORMAL, or the status of the one that completed abruptly. */
        private int run(Frame f) {
            for (Node s : statements) {
                int status = s.executeStatement(f);
                if (status != NORMAL) return status;
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

    static final class If extends Node {
        final Node cond;
        final Node then;
        final Node otherwise;

        If(Node cond, Node then, Node otherwise, Pos pos) {
            super(pos);
            this.cond = cond;
            this.then = then;
            this.otherwise = otherwise;
        }

        @Override
        public Object execute(Frame f) {
            if (cond.executeBool(f)) return then.execute(f);
            return otherwise == null ? Unit.VALUE : otherwise.execute(f);
        }

        @Override
        public long executeLong(Frame f) {
            return cond.executeBool(f) ? then.executeLong(f) : otherwise.executeLong(f);
        }

        @Override
        public double executeDouble(Frame f) {
            return cond.executeBool(f) ? then.executeDouble(f) : otherwise.executeDouble(f);
        }

        @Override
        public boolean executeBool(Frame f) {
            return cond.executeBool(f) ? then.executeBool(f) : otherwise.executeBool(f);
        }

        @Override
        public void executeVoid(Frame f) {
            if (cond.executeBool(f)) then.executeVoid(f);
            else if (otherwise != null) otherwise.executeVoid(f);
        }

        @Override
        public int executeStatement(Frame f) {
            if (cond.executeBool(f)) return then.executeStatement(f);
            return otherwise == null ? NORMAL : otherwise.executeStatement(f);
        }
    }

    /**
     * Common shape of the loops: {@link #run} gives NORMAL when the loop ended (by its condition or a
     * `break`) or RETURN when a `return` ended it; the value of a `break` is left in the frame.
     */
    abstract static class LoopNode extends Node {
        final Node body;
        /** The function this loop belongs to, which counts back edges for tiering. */
        CallTarget owner;
        /** This loop's TIR, for on-stack replacement (null: never leaves the interpreter). */
        org.tlang.tir.TExpr tir;
        /**
         * On-stack replacement: compiled code that runs the rest of this loop from the start of its
         * body (see {@link CallTarget.LoopCompiler}); null until compiled.
         */
        private volatile java.lang.invoke.MethodHandle osr;
        /** Back edges seen since the owner armed its loops, and whether compiling this loop was tried. */
        private int edges;
        private boolean tried;

        LoopNode(Node body, Pos pos) {
            super(pos);
            this.body = body;
        }

        abstract int run(Frame f);

        final int iterate(Frame f) {
            return iterate(f, 0, 0);
        }

        /**
         * Runs the body once: NORMAL to go on, BREAK to stop, RETURN to leave the function. Once this
         * loop is hot and compiled, runs all of its remaining iterations in compiled code instead
         * ({@code i} and {@code end} are a `for` loop's counter and bound) and gives BREAK or RETURN.
         */
        final int iterate(Frame f, long i, long end) {
            CallTarget o = owner;
            if (o != null) {
                o.backEdge();
                java.lang.invoke.MethodHandle h = osr;
                if (h == null && o.loops != null && !tried && ++edges >= o.loopThreshold) h = compileOsr(o);
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

        private java.lang.invoke.MethodHandle compileOsr(CallTarget o) {
            tried = true;
            if (tir == null) return null;
            java.lang.invoke.MethodHandle h = o.loops.compile(tir);
            osr = h;
            return h;
        }

        private static int enter(java.lang.invoke.MethodHandle h, Frame f, long i, long end) {
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

    static final class While extends LoopNode {
        final Node cond;

        While(Node cond, Node body, Pos pos) {
            super(body, pos);
            this.cond = cond;
        }

        @Override
        int run(Frame f) {
            while (cond.executeBool(f)) {
                int status = iterate(f);
                if (status == BREAK) return NORMAL;
                if (status == RETURN) return RETURN;
            }
            return NORMAL;
        }

        @Override
        public Object execute(Frame f) {
            super.execute(f);
            return Unit.VALUE;
        }
    }

    static final class Loop extends LoopNode {
        Loop(Node body, Pos pos) {
            super(body, pos);
        }

        @Override
        int run(Frame f) {
            while (true) {
                int status = iterate(f);
                if (status == BREAK) return NORMAL;
                if (status == RETURN) return RETURN;
            }
        }
    }

    static final class ForRange extends LoopNode {
        final int slot;
        final Node from;
        final Node to;
        final boolean inclusive;

        ForRange(int slot, Node from, Node to, boolean inclusive, Node body, Pos pos) {
            super(body, pos);
            this.slot = slot;
            this.from = from;
            this.to = to;
            this.inclusive = inclusive;
        }

        @Override
        int run(Frame f) {
            long i = from.executeLong(f);
            long end = to.executeLong(f);
            while (inclusive ? i <= end : i < end) {
                f.prims[slot] = i;
                int status = iterate(f, i, end);
                if (status == BREAK) return NORMAL;
                if (status == RETURN) return RETURN;
                if (i == Long.MAX_VALUE) break;
                i++;
            }
            return NORMAL;
        }

        @Override
        public Object execute(Frame f) {
            super.execute(f);
            return Unit.VALUE;
        }
    }

    /** Iterates a Vec by index (so pushes during iteration are seen), others over a snapshot. */
    static final class ForEach extends LoopNode {
        final Node iterable;
        final SlotSetter setter;

        interface SlotSetter {
            void set(Frame f, Object v);
        }

        ForEach(Node iterable, SlotSetter setter, Node body, Pos pos) {
            super(body, pos);
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

    static final class Break extends Node {
        final Node value;

        Break(Node value, Pos pos) {
            super(pos);
            this.value = value;
        }

        @Override
        public Object execute(Frame f) {
            if (value == null) throw ControlFlow.Break.PLAIN;
            throw new ControlFlow.Break(value.execute(f));
        }

        @Override
        public int executeStatement(Frame f) {
            f.completion = value == null ? Unit.VALUE : value.execute(f);
            return BREAK;
        }
    }

    static final class Continue extends Node {
        Continue(Pos pos) {
            super(pos);
        }

        @Override
        public Object execute(Frame f) {
            throw ControlFlow.Continue.INSTANCE;
        }

        @Override
        public int executeStatement(Frame f) {
            return CONTINUE;
        }
    }

    static final class Return extends Node {
        final Node value;

        Return(Node value, Pos pos) {
            super(pos);
            this.value = value;
        }

        @Override
        public Object execute(Frame f) {
            throw new ControlFlow.Return(value == null ? Unit.VALUE : value.execute(f));
        }

        @Override
        public int executeStatement(Frame f) {
            f.completion = value == null ? Unit.VALUE : value.execute(f);
            return RETURN;
        }
    }
}
