package org.tlang.interp;

import org.tlang.runtime.PanicException;
import org.tlang.runtime.Printer;
import org.tlang.runtime.StructValue;
import org.tlang.runtime.StructShape;
import org.tlang.runtime.EnumValue;
import org.tlang.runtime.EnumShape;
import org.tlang.runtime.Unit;
import org.tlang.runtime.BoxedCall;
import org.tlang.runtime.Tuple;
import org.tlang.runtime.Bytes;
import org.tlang.runtime.StaticCell;
import org.tlang.runtime.Frame;
import org.tlang.runtime.Vec;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import org.tlang.tir.Pos;

/** Tuples, collections, structs, enums, statics, matching and string building. */
final class DataNodes {
    private DataNodes() {}

    static Object[] all(Node[] nodes, Frame f) {
        Object[] out = new Object[nodes.length];
        for (int i = 0; i < nodes.length; i++) out[i] = nodes[i].execute(f);
        return out;
    }

    static final class TupleNew extends Node {
        final Node[] items;

        TupleNew(Node[] items, Pos pos) {
            super(pos);
            this.items = items;
        }

        @Override
        public Object execute(Frame f) {
            return new Tuple(all(items, f));
        }
    }

    static final class TupleGet extends Node {
        final Node tuple;
        final int index;

        TupleGet(Node tuple, int index, Pos pos) {
            super(pos);
            this.tuple = tuple;
            this.index = index;
        }

        @Override
        public Object execute(Frame f) {
            return ((Tuple) tuple.execute(f)).get(index);
        }
    }

    static final class VecNew extends Node {
        final Node[] items;
        final boolean set;

        VecNew(Node[] items, boolean set, Pos pos) {
            super(pos);
            this.items = items;
            this.set = set;
        }

        @Override
        public Object execute(Frame f) {
            if (set) {
                LinkedHashSet<Object> s = new LinkedHashSet<>();
                for (Node n : items) s.add(n.execute(f));
                return s;
            }
            Vec v = new Vec(items.length);
            for (Node n : items) v.add(n.execute(f));
            return v;
        }
    }

    static final class MapNew extends Node {
        final Node[] keys;
        final Node[] values;

        MapNew(Node[] keys, Node[] values, Pos pos) {
            super(pos);
            this.keys = keys;
            this.values = values;
        }

        @Override
        public Object execute(Frame f) {
            LinkedHashMap<Object, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < keys.length; i++) m.put(keys[i].execute(f), values[i].execute(f));
            return m;
        }
    }

    static final class VecIndex extends Node {
        final Node target;
        final Node index;

        VecIndex(Node target, Node index, Pos pos) {
            super(pos);
            this.target = target;
            this.index = index;
        }

        @Override
        public Object execute(Frame f) {
            Vec v = (Vec) target.execute(f);
            return v.get(checkIndex(this, v, index.executeLong(f)));
        }

        @Override
        public long executeLong(Frame f) {
            Vec v = (Vec) target.execute(f);
            return v.getLong(checkIndex(this, v, index.executeLong(f)));
        }

        @Override
        public double executeDouble(Frame f) {
            Vec v = (Vec) target.execute(f);
            return v.getDouble(checkIndex(this, v, index.executeLong(f)));
        }

        @Override
        public boolean executeBool(Frame f) {
            Vec v = (Vec) target.execute(f);
            return v.getBool(checkIndex(this, v, index.executeLong(f)));
        }
    }

    /** {@code i} as an index of {@code v}, or the T panic of an index out of bounds at {@code at}. */
    static int checkIndex(Node at, Vec v, long i) {
        if (i < 0 || i >= v.size()) throw at.panic(Printer.indexOutOfBounds(v.size(), i));
        return (int) i;
    }

    /** {@code v[i] = e} on a Vec; {@code kind} is the element's layout letter (StructLayout.letter): J, D and Z are set unboxed. */
    static final class SetVecIndex extends Node {
        final Node target;
        final Node index;
        final Node value;
        final char kind;

        SetVecIndex(Node target, Node index, Node value, char kind, Pos pos) {
            super(pos);
            this.target = target;
            this.index = index;
            this.value = value;
            this.kind = kind;
        }

        @Override
        public Object execute(Frame f) {
            executeVoid(f);
            return Unit.VALUE;
        }

        @Override
        public void executeVoid(Frame f) {
            Vec v = (Vec) target.execute(f);
            long i = index.executeLong(f);
            switch (kind) {
                case 'J' -> {
                    long x = value.executeLong(f);
                    v.setLong(checkIndex(this, v, i), x);
                }
                case 'D' -> {
                    double x = value.executeDouble(f);
                    v.setDouble(checkIndex(this, v, i), x);
                }
                case 'Z' -> {
                    boolean x = value.executeBool(f);
                    v.setBool(checkIndex(this, v, i), x);
                }
                default -> {
                    Object x = value.execute(f);
                    v.set(checkIndex(this, v, i), x);
                }
            }
        }

        @Override
        public int executeStatement(Frame f) {
            executeVoid(f);
            return NORMAL;
        }
    }

    static final class BytesIndex extends Node.LongNode {
        final Node target;
        final Node index;

        BytesIndex(Node target, Node index, Pos pos) {
            super(pos);
            this.target = target;
            this.index = index;
        }

        @Override
        public long executeLong(Frame f) {
            Bytes b = (Bytes) target.execute(f);
            long i = index.executeLong(f);
            if (i < 0 || i >= b.length()) throw panic(Printer.indexOutOfBounds(b.length(), i));
            return b.get((int) i);
        }
    }

    static final class MapIndex extends Node {
        final Node target;
        final Node key;

        MapIndex(Node target, Node key, Pos pos) {
            super(pos);
            this.target = target;
            this.key = key;
        }

        @Override
        public Object execute(Frame f) {
            Map<?, ?> m = (Map<?, ?>) target.execute(f);
            Object k = key.execute(f);
            Object v = m.get(k);
            if (v == null) throw panic(Printer.keyNotFound(k));
            return v;
        }
    }

    /** {@code b[i] = x} on Bytes and {@code m[k] = v} on a Map (a Vec has SetVecIndex). */
    static final class SetIndex extends Node {
        final Node target;
        final Node index;
        final Node value;

        SetIndex(Node target, Node index, Node value, Pos pos) {
            super(pos);
            this.target = target;
            this.index = index;
            this.value = value;
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object execute(Frame f) {
            Object t = target.execute(f);
            if (t instanceof Bytes b) {
                long i = index.executeLong(f);
                long x = value.executeLong(f);
                if (i < 0 || i >= b.length()) throw panic(Printer.indexOutOfBounds(b.length(), i));
                b.set((int) i, x);
            } else {
                Object k = index.execute(f);
                ((Map<Object, Object>) t).put(k, value.execute(f));
            }
            return Unit.VALUE;
        }
    }

    static final class StructNew extends Node {
        final StructShape shape;
        final Node[] fields;
        private final String layout;

        StructNew(StructShape shape, Node[] fields, Pos pos) {
            super(pos);
            this.shape = shape;
            this.fields = fields;
            this.layout = shape.layout().code();
        }

        @Override
        public Object execute(Frame f) {
            StructValue s = shape.blank();
            for (int i = 0; i < fields.length; i++) {
                switch (layout.charAt(i)) {
                    case 'J' -> s.setLong(i, fields[i].executeLong(f));
                    case 'D' -> s.setDouble(i, fields[i].executeDouble(f));
                    case 'Z' -> s.setBool(i, fields[i].executeBool(f));
                    default -> s.set(i, fields[i].execute(f));
                }
            }
            return s;
        }
    }

    static final class FieldGet extends Node {
        final Node target;
        final int index;

        FieldGet(Node target, int index, Pos pos) {
            super(pos);
            this.target = target;
            this.index = index;
        }

        @Override
        public Object execute(Frame f) {
            return ((StructValue) target.execute(f)).get(index);
        }

        @Override
        public double executeDouble(Frame f) {
            return ((StructValue) target.execute(f)).getDouble(index);
        }

        @Override
        public long executeLong(Frame f) {
            return ((StructValue) target.execute(f)).getLong(index);
        }

        @Override
        public boolean executeBool(Frame f) {
            return ((StructValue) target.execute(f)).getBool(index);
        }
    }

    static final class SetField extends Node {
        final Node target;
        final int index;
        final Node value;
        /** The value's representation (a layout letter): set without boxing when it is primitive. */
        private final char kind;

        SetField(Node target, int index, Node value, char kind, Pos pos) {
            super(pos);
            this.target = target;
            this.index = index;
            this.value = value;
            this.kind = kind;
        }

        @Override
        public Object execute(Frame f) {
            StructValue s = (StructValue) target.execute(f);
            switch (kind) {
                case 'J' -> s.setLong(index, value.executeLong(f));
                case 'D' -> s.setDouble(index, value.executeDouble(f));
                case 'Z' -> s.setBool(index, value.executeBool(f));
                default -> s.set(index, value.execute(f));
            }
            return Unit.VALUE;
        }
    }

    static final class VariantNew extends Node {
        final EnumShape shape;
        final int variant;
        final Node[] args;
        final EnumValue constant;

        VariantNew(EnumShape shape, int variant, Node[] args, Pos pos) {
            super(pos);
            this.shape = shape;
            this.variant = variant;
            this.args = args;
            this.constant = args.length == 0 ? new EnumValue(shape, variant, new Object[0]) : null;
        }

        @Override
        public Object execute(Frame f) {
            if (constant != null) return constant;
            if (args.length == 1) return new EnumValue(shape, variant, args[0].execute(f));
            return new EnumValue(shape, variant, all(args, f));
        }
    }

    static final class GlobalGet extends Node {
        final StaticCell cell;

        GlobalGet(StaticCell cell, Pos pos) {
            super(pos);
            this.cell = cell;
        }

        @Override
        public Object execute(Frame f) {
            try {
                return cell.get();
            } catch (PanicException p) {
                p.atIfUnknown(pos);
                throw p;
            }
        }
    }

    static final class GlobalSet extends Node {
        final StaticCell cell;
        final Node value;

        GlobalSet(StaticCell cell, Node value, Pos pos) {
            super(pos);
            this.cell = cell;
            this.value = value;
        }

        @Override
        public Object execute(Frame f) {
            cell.set(value.execute(f));
            return Unit.VALUE;
        }
    }

    static final class Interpolate extends Node {
        final Node[] parts;

        Interpolate(Node[] parts, Pos pos) {
            super(pos);
            this.parts = parts;
        }

        @Override
        public Object execute(Frame f) {
            StringBuilder sb = new StringBuilder();
            for (Node p : parts) Printer.appendPart(sb, p.execute(f));
            return sb.toString();
        }
    }

    static final class Match extends Node {
        final Node scrutinee;
        final Matcher[] patterns;
        final Node[] guards;
        final Node[] bodies;

        Match(Node scrutinee, Matcher[] patterns, Node[] guards, Node[] bodies, Pos pos) {
            super(pos);
            this.scrutinee = scrutinee;
            this.patterns = patterns;
            this.guards = guards;
            this.bodies = bodies;
        }

        private int select(Frame f) {
            Object v = scrutinee.execute(f);
            for (int i = 0; i < patterns.length; i++) {
                if (patterns[i].match(f, v) && (guards[i] == null || guards[i].executeBool(f))) return i;
            }
            throw panic("no match arm matched " + Printer.show(v));
        }

        @Override
        public Object execute(Frame f) {
            return bodies[select(f)].execute(f);
        }

        @Override
        public long executeLong(Frame f) {
            return bodies[select(f)].executeLong(f);
        }

        @Override
        public double executeDouble(Frame f) {
            return bodies[select(f)].executeDouble(f);
        }

        @Override
        public boolean executeBool(Frame f) {
            return bodies[select(f)].executeBool(f);
        }

        @Override
        public void executeVoid(Frame f) {
            bodies[select(f)].executeVoid(f);
        }

        @Override
        public int executeStatement(Frame f) {
            return bodies[select(f)].executeStatement(f);
        }
    }

    static final class Destructure extends Node {
        final Matcher pattern;
        final Node value;

        Destructure(Matcher pattern, Node value, Pos pos) {
            super(pos);
            this.pattern = pattern;
            this.value = value;
        }

        @Override
        public Object execute(Frame f) {
            pattern.match(f, value.execute(f));
            return Unit.VALUE;
        }
    }

    /** `e?` */
    static final class Try extends Node {
        final Node value;

        Try(Node value, Pos pos) {
            super(pos);
            this.value = value;
        }

        @Override
        public Object execute(Frame f) {
            EnumValue e = (EnumValue) value.execute(f);
            if (e.isNoneOrErr()) {
                throw new ControlFlow.Return(e);
            }
            return e.single();
        }
    }

    static final class Join extends Node implements BoxedCall {
        final Node task;

        Join(Node task, Pos pos) {
            super(pos);
            this.task = task;
        }

        @Override
        public Object execute(Frame f) {
            return apply(new Object[] {task.execute(f)});
        }

        @Override
        public Object apply(Object[] args) {
            org.tlang.spi.scheduler.Task<?> t = (org.tlang.spi.scheduler.Task<?>) args[0];
            try {
                return t.join();
            } catch (PanicException p) {
                throw p.rethrownAt(pos);
            }
        }
    }
}
