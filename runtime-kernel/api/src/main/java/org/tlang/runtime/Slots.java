package org.tlang.runtime;

import org.tlang.tir.Type;

/** Moving boxed values in and out of frame slots by kind. */
public final class Slots {
    private Slots() {}

    public static void store(Frame f, int slot, Type.Kind kind, Object v) {
        switch (kind) {
            case LONG -> f.prims[slot] = asLong(v);
            case DOUBLE -> f.prims[slot] = Double.doubleToRawLongBits((Double) v);
            case REF -> f.refs[slot] = v;
        }
    }

    public static Object load(Frame f, int slot, Type.Kind kind, Type type) {
        return switch (kind) {
            case LONG -> type == Type.BOOL ? (Object) (f.prims[slot] != 0) : (Object) f.prims[slot];
            case DOUBLE -> Double.longBitsToDouble(f.prims[slot]);
            case REF -> f.refs[slot];
        };
    }

    /** An Int, or a Bool as 0 or 1 (how frames and Int storage hold Bools). */
    public static long asLong(Object v) {
        return v instanceof Boolean b ? (b ? 1 : 0) : (Long) v;
    }
}
