package org.tlang.interp;

import org.tlang.lang.source.Pos;

/** Blocks, conditionals, loops and non-local exits. */
final class ControlNodes {
    private ControlNodes() {}

    static final class Block extends Node {
        final Node[] statements;
        final Node result;

        Block(Node[] statements, Node result, Pos pos) {
            super(pos);
            this.statements = statements;
            this.result = result;
        }

        private void run(Frame f) {
            for (Node s : statements) s.executeVoid(f);
        }

        @Override
        public Object execute(Frame f) {
            run(f);
            return result == null ? Unit.VALUE : result.execute(f);
        }

        @Override
        public long executeLong(Frame f) {
            run(f);
            return result.executeLong(f);
        }

        @Override
        public double executeDouble(Frame f) {
            run(f);
            return result.executeDouble(f);
        }

        @Override
        public boolean executeBool(Frame f) {
            run(f);
            return result.executeBool(f);
        }

        @Override
        public void executeVoid(Frame f) {
            run(f);
            if (result != null) result.executeVoid(f);
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
    }

    static final class While extends Node {
        final Node cond;
        final Node body;

        While(Node cond, Node body, Pos pos) {
            super(pos);
            this.cond = cond;
            this.body = body;
        }

        @Override
        public Object execute(Frame f) {
            try {
                while (cond.executeBool(f)) {
                    try {
                        body.executeVoid(f);
                    } catch (ControlFlow.Continue c) {
                        // next iteration
                    }
                }
            } catch (ControlFlow.Break b) {
                // done
            }
            return Unit.VALUE;
        }
    }

    static final class Loop extends Node {
        final Node body;

        Loop(Node body, Pos pos) {
            super(pos);
            this.body = body;
        }

        @Override
        public Object execute(Frame f) {
            while (true) {
                try {
                    body.executeVoid(f);
                } catch (ControlFlow.Continue c) {
                    // next iteration
                } catch (ControlFlow.Break b) {
                    return b.value;
                }
            }
        }
    }

    static final class ForRange extends Node {
        final int slot;
        final Node from;
        final Node to;
        final boolean inclusive;
        final Node body;

        ForRange(int slot, Node from, Node to, boolean inclusive, Node body, Pos pos) {
            super(pos);
            this.slot = slot;
            this.from = from;
            this.to = to;
            this.inclusive = inclusive;
            this.body = body;
        }

        @Override
        public Object execute(Frame f) {
            long i = from.executeLong(f);
            long end = to.executeLong(f);
            try {
                while (inclusive ? i <= end : i < end) {
                    f.prims[slot] = i;
                    try {
                        body.executeVoid(f);
                    } catch (ControlFlow.Continue c) {
                        // next iteration
                    }
                    if (i == Long.MAX_VALUE) break;
                    i++;
                }
            } catch (ControlFlow.Break b) {
                // done
            }
            return Unit.VALUE;
        }
    }

    /** Iterates a snapshot-free view: Vec by index (so pushes during iteration are seen), others by iterator. */
    static final class ForEach extends Node {
        final Node iterable;
        final Node store;
        final Node body;
        final SlotSetter setter;

        interface SlotSetter {
            void set(Frame f, Object v);
        }

        ForEach(Node iterable, SlotSetter setter, Node body, Pos pos) {
            super(pos);
            this.iterable = iterable;
            this.setter = setter;
            this.store = null;
            this.body = body;
        }

        @Override
        public Object execute(Frame f) {
            Object it = iterable.execute(f);
            try {
                if (it instanceof java.util.ArrayList<?> list) {
                    for (int i = 0; i < list.size(); i++) step(f, list.get(i));
                } else if (it instanceof Bytes b) {
                    for (int i = 0; i < b.length(); i++) step(f, (long) b.get(i));
                } else if (it instanceof String s) {
                    s.codePoints().forEachOrdered(cp -> step(f, new String(Character.toChars(cp))));
                } else if (it instanceof java.util.Map<?, ?> m) {
                    for (java.util.Map.Entry<?, ?> e : java.util.List.copyOf(m.entrySet())) step(f, new Tuple(new Object[] {e.getKey(), e.getValue()}));
                } else {
                    for (Object o : java.util.List.copyOf((java.util.Collection<?>) it)) step(f, o);
                }
            } catch (ControlFlow.Break b) {
                // done
            }
            return Unit.VALUE;
        }

        private void step(Frame f, Object v) {
            setter.set(f, v);
            try {
                body.executeVoid(f);
            } catch (ControlFlow.Continue c) {
                // next
            }
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
    }

    static final class Continue extends Node {
        Continue(Pos pos) {
            super(pos);
        }

        @Override
        public Object execute(Frame f) {
            throw ControlFlow.Continue.INSTANCE;
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
    }
}
