package org.tlang.interp;

import org.tlang.runtime.PanicException;
import org.tlang.runtime.ClosureMaker;
import org.tlang.runtime.FnValue;
import org.tlang.runtime.Frame;
import org.tlang.runtime.Slots;

import org.tlang.tir.Pos;
import org.tlang.tir.Type;

/** Calls: direct through a function cell, of function values, and closure creation. */
final class CallNodes {
    private CallNodes() {}

    /** A direct call: arguments go straight into the callee's frame slots, unboxed where they can. */
    static final class Call extends Node {
        final FunctionCell cell;
        final Node[] args;
        final Type.Kind[] kinds;

        Call(FunctionCell cell, Node[] args, Type.Kind[] kinds, Pos pos) {
            super(pos);
            this.cell = cell;
            this.args = args;
            this.kinds = kinds;
            this.codes = new byte[kinds.length];
            for (int i = 0; i < kinds.length; i++) {
                codes[i] = switch (kinds[i]) {
                    case LONG -> LONG;
                    case DOUBLE -> DOUBLE;
                    case REF -> REF;
                };
            }
        }

        private static final byte LONG = 0, DOUBLE = 1, REF = 2;
        /** {@link #kinds} as small constants, switched on without the enum's ordinal map. */
        private final byte[] codes;

        Frame frame(Frame f, CallTarget t) {
            Frame callee = new Frame(t.frameSize, t.refs);
            if ((callee.depth = f.depth + 1) > CallTarget.MAX_DEPTH) throw panic("stack overflow");
            Node[] args = this.args;
            byte[] codes = this.codes;
            for (int i = 0; i < args.length; i++) {
                byte k = codes[i];
                if (k == LONG) callee.prims[i] = args[i].executeLong(f);
                else if (k == DOUBLE) callee.prims[i] = Double.doubleToRawLongBits(args[i].executeDouble(f));
                else callee.refs[i] = args[i].execute(f);
            }
            return callee;
        }

        @Override
        public Object execute(Frame f) {
            CallTarget t = cell.target();
            Frame callee = frame(f, t);
            // what CallTarget.execute does, here so that a call is one JVM frame less deep
            if (--t.callsLeft == 0) t.hot();
            try {
                return t.body.execute(callee);
            } catch (ControlFlow.Return r) {
                return r.value;
            } catch (PanicException p) {
                t.left(p).at(pos);
                throw p;
            } catch (StackOverflowError e) {
                PanicException p = t.overflowed();
                p.at(pos);
                throw p;
            }
        }

        @Override
        public long executeLong(Frame f) {
            CallTarget t = cell.target();
            Frame callee = frame(f, t);
            // what CallTarget.executeLong does, here so that a call is one JVM frame less deep
            if (--t.callsLeft == 0) t.hot();
            try {
                return t.body.executeLong(callee);
            } catch (ControlFlow.Return r) {
                return Slots.asLong(r.value);
            } catch (PanicException p) {
                t.left(p).at(pos);
                throw p;
            } catch (StackOverflowError e) {
                PanicException p = t.overflowed();
                p.at(pos);
                throw p;
            }
        }

        @Override
        public double executeDouble(Frame f) {
            CallTarget t = cell.target();
            Frame callee = frame(f, t);
            // what CallTarget.executeDouble does, here so that a call is one JVM frame less deep
            if (--t.callsLeft == 0) t.hot();
            try {
                return t.body.executeDouble(callee);
            } catch (ControlFlow.Return r) {
                return (Double) r.value;
            } catch (PanicException p) {
                t.left(p).at(pos);
                throw p;
            } catch (StackOverflowError e) {
                PanicException p = t.overflowed();
                p.at(pos);
                throw p;
            }
        }

        @Override
        public boolean executeBool(Frame f) {
            return executeLong(f) != 0;
        }
    }

    /** A call of an `async fn`: starts a task that runs the callee. */
    static final class AsyncCall extends Node {
        final Call call;
        final Host host;

        AsyncCall(Call call, Host host, Pos pos) {
            super(pos);
            this.call = call;
            this.host = host;
        }

        @Override
        public Object execute(Frame f) {
            CallTarget t = call.cell.target();
            Frame callee = call.frame(f, t);
            return host.spawn(() -> t.execute(callee));
        }
    }

    static final class CallValue extends Node {
        final Node callee;
        final Node[] args;

        CallValue(Node callee, Node[] args, Pos pos) {
            super(pos);
            this.callee = callee;
            this.args = args;
        }

        @Override
        public Object execute(Frame f) {
            FnValue fn = (FnValue) callee.execute(f);
            Object[] values = new Object[args.length];
            for (int i = 0; i < args.length; i++) values[i] = args[i].execute(f);
            try {
                return fn.call(values);
            } catch (PanicException p) {
                p.at(pos);
                throw p;
            }
        }
    }

    /** A closure value: the compiled body plus the captured values (boxes for by-reference captures). */
    static final class Closure implements FnValue {
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
    }

    static final class MakeClosure extends Node implements ClosureMaker {
        final CallTarget target;
        final int[] fromSlots;
        final Type.Kind[] fromKinds;
        final Type[] fromTypes;
        final int[] intoSlots;
        final Type.Kind[] intoKinds;

        MakeClosure(CallTarget target, int[] fromSlots, Type.Kind[] fromKinds, Type[] fromTypes, int[] intoSlots,
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
}
