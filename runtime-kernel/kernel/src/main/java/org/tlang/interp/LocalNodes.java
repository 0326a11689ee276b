package org.tlang.interp;

import org.tlang.runtime.Unit;
import org.tlang.runtime.Box;
import org.tlang.runtime.ConstantValue;
import org.tlang.runtime.Frame;

import org.tlang.tir.Pos;
import org.tlang.tir.Type;

/** Constants and local variable access. */
final class LocalNodes {
    private LocalNodes() {}

    static final class LongConst extends Node.LongNode {
        final long value;

        LongConst(long value, Pos pos) {
            super(pos);
            this.value = value;
        }

        @Override
        public long executeLong(Frame f) {
            return value;
        }
    }

    static final class DoubleConst extends Node.DoubleNode {
        final double value;

        DoubleConst(double value, Pos pos) {
            super(pos);
            this.value = value;
        }

        @Override
        public double executeDouble(Frame f) {
            return value;
        }
    }

    static final class BoolConst extends Node.BoolNode {
        final boolean value;

        BoolConst(boolean value, Pos pos) {
            super(pos);
            this.value = value;
        }

        @Override
        public boolean executeBool(Frame f) {
            return value;
        }
    }

    static final class RefConst extends Node implements ConstantValue {
        final Object value;

        RefConst(Object value, Pos pos) {
            super(pos);
            this.value = value;
        }

        @Override
        public Object execute(Frame f) {
            return value;
        }

        @Override
        public Object value() {
            return value;
        }
    }

    static final class ReadLong extends Node.LongNode {
        final int slot;

        ReadLong(int slot, Pos pos) {
            super(pos);
            this.slot = slot;
        }

        @Override
        public long executeLong(Frame f) {
            return f.prims[slot];
        }
    }

    static final class ReadBool extends Node.BoolNode {
        final int slot;

        ReadBool(int slot, Pos pos) {
            super(pos);
            this.slot = slot;
        }

        @Override
        public boolean executeBool(Frame f) {
            return f.prims[slot] != 0;
        }
    }

    static final class ReadDouble extends Node.DoubleNode {
        final int slot;

        ReadDouble(int slot, Pos pos) {
            super(pos);
            this.slot = slot;
        }

        @Override
        public double executeDouble(Frame f) {
            return Double.longBitsToDouble(f.prims[slot]);
        }
    }

    static final class ReadRef extends Node {
        final int slot;

        ReadRef(int slot, Pos pos) {
            super(pos);
            this.slot = slot;
        }

        @Override
        public Object execute(Frame f) {
            return f.refs[slot];
        }
    }

    /** A boxed (captured and mutable) local: its slot holds a {@link Box}. */
    static final class ReadBoxed extends Node {
        final int slot;

        ReadBoxed(int slot, Pos pos) {
            super(pos);
            this.slot = slot;
        }

        @Override
        public Object execute(Frame f) {
            return ((Box) f.refs[slot]).value;
        }
    }

    static final class WriteLong extends Node {
        final int slot;
        final Node value;

        WriteLong(int slot, Node value, Pos pos) {
            super(pos);
            this.slot = slot;
            this.value = value;
        }

        @Override
        public Object execute(Frame f) {
            f.prims[slot] = value.executeLong(f);
            return Unit.VALUE;
        }

        @Override
        public void executeVoid(Frame f) {
            execute(f);
        }

        @Override
        public int executeStatement(Frame f) {
            execute(f);
            return NORMAL;
        }
    }

    static final class WriteDouble extends Node {
        final int slot;
        final Node value;

        WriteDouble(int slot, Node value, Pos pos) {
            super(pos);
            this.slot = slot;
            this.value = value;
        }

        @Override
        public Object execute(Frame f) {
            f.prims[slot] = Double.doubleToRawLongBits(value.executeDouble(f));
            return Unit.VALUE;
        }

        @Override
        public void executeVoid(Frame f) {
            execute(f);
        }

        @Override
        public int executeStatement(Frame f) {
            execute(f);
            return NORMAL;
        }
    }

    static final class WriteRef extends Node {
        final int slot;
        final Node value;

        WriteRef(int slot, Node value, Pos pos) {
            super(pos);
            this.slot = slot;
            this.value = value;
        }

        @Override
        public Object execute(Frame f) {
            f.refs[slot] = value.execute(f);
            return Unit.VALUE;
        }

        @Override
        public void executeVoid(Frame f) {
            execute(f);
        }

        @Override
        public int executeStatement(Frame f) {
            execute(f);
            return NORMAL;
        }
    }

    static final class WriteBoxed extends Node {
        final int slot;
        final Node value;

        WriteBoxed(int slot, Node value, Pos pos) {
            super(pos);
            this.slot = slot;
            this.value = value;
        }

        @Override
        public Object execute(Frame f) {
            ((Box) f.refs[slot]).value = value.execute(f);
            return Unit.VALUE;
        }

        @Override
        public void executeVoid(Frame f) {
            execute(f);
        }

        @Override
        public int executeStatement(Frame f) {
            execute(f);
            return NORMAL;
        }
    }

    /** `let` of a boxed local: a fresh box per execution, so each loop iteration gets its own. */
    static final class LetBoxed extends Node {
        final int slot;
        final Node value;

        LetBoxed(int slot, Node value, Pos pos) {
            super(pos);
            this.slot = slot;
            this.value = value;
        }

        @Override
        public Object execute(Frame f) {
            f.refs[slot] = new Box(value.execute(f));
            return Unit.VALUE;
        }

        @Override
        public void executeVoid(Frame f) {
            execute(f);
        }

        @Override
        public int executeStatement(Frame f) {
            execute(f);
            return NORMAL;
        }
    }

    /** {@code x += c} / {@code x -= c} on an Int local: read, add with the overflow check, write. */
    static final class IncLong extends Node {
        final int slot;
        final long delta;
        /** The addition this replaces, for the position of an overflow panic. */
        final Node op;

        IncLong(int slot, long delta, Node op, Pos pos) {
            super(pos);
            this.slot = slot;
            this.delta = delta;
            this.op = op;
        }

        @Override
        public Object execute(Frame f) {
            executeVoid(f);
            return Unit.VALUE;
        }

        @Override
        public void executeVoid(Frame f) {
            long[] p = f.prims;
            long a = p[slot];
            long r = a + delta;
            if (((a ^ r) & (delta ^ r)) < 0) throw op.panic("integer overflow");
            p[slot] = r;
        }

        @Override
        public int executeStatement(Frame f) {
            executeVoid(f);
            return NORMAL;
        }
    }

    static Node read(int slot, Type type, boolean boxed, Pos pos) {
        if (boxed) return new ReadBoxed(slot, pos);
        if (type == Type.INT) return new ReadLong(slot, pos);
        if (type == Type.BOOL) return new ReadBool(slot, pos);
        if (type == Type.FLOAT) return new ReadDouble(slot, pos);
        return new ReadRef(slot, pos);
    }

    static Node write(int slot, Type type, boolean boxed, Node value, Pos pos) {
        if (boxed) return new WriteBoxed(slot, value, pos);
        return switch (type.kind()) {
            case LONG -> {
                if (value instanceof OperatorNodes.AddLocalConst add && add.slot == slot) yield new IncLong(slot, add.delta, add, pos);
                yield new WriteLong(slot, value, pos);
            }
            case DOUBLE -> new WriteDouble(slot, value, pos);
            case REF -> new WriteRef(slot, value, pos);
        };
    }
}
