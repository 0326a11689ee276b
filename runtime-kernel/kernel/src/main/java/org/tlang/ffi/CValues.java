package org.tlang.ffi;

import java.lang.foreign.Arena;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.util.function.Function;
import org.tlang.runtime.PanicException;
import org.tlang.runtime.StructShape;
import org.tlang.runtime.StructValue;

/**
 * T values to C values and back: scalars (range-checked where C's type is narrower than Int),
 * CStr copies, and {@code #[repr(C)]} structs written into and read from C memory field by field.
 */
public final class CValues {
    private CValues() {}

    // ---- scalars, as method handle filters and boxed

    public static byte toChar(long v) {
        return (byte) check(v, CType.Scalar.C_CHAR);
    }

    public static short toShort(long v) {
        return (short) check(v, CType.Scalar.C_SHORT);
    }

    public static int toInt(long v) {
        return (int) check(v, CType.Scalar.C_INT);
    }

    public static long toSize(long v) {
        return check(v, CType.Scalar.C_SIZE_T);
    }

    public static float toFloat(double v) {
        return (float) v;
    }

    private static long check(long v, CType.Scalar type) {
        if (v < type.min || v > type.max) throw new PanicException(v + " does not fit " + type.cName, null);
        return v;
    }

    /** A T value of a scalar's T type (Long or Double), boxed as the C type's Java type. */
    static Object toC(CType.Scalar s, Object v) {
        return switch (s) {
            case C_CHAR -> toChar((Long) v);
            case C_SHORT -> toShort((Long) v);
            case C_INT -> toInt((Long) v);
            case C_LONG, C_LONGLONG -> (Long) v;
            case C_SIZE_T -> toSize((Long) v);
            case C_FLOAT -> toFloat((Double) v);
            case C_DOUBLE -> (Double) v;
        };
    }

    /** A C scalar (boxed Java type) as its T value. */
    static Object fromC(CType.Scalar s, Object v) {
        return s.isFloat() ? (Object) ((Number) v).doubleValue() : (Object) ((Number) v).longValue();
    }

    /** The C value of a scalar a callback returns when it cannot run its T function (zero). */
    static Object zero(CType t) {
        return switch (t) {
            case CType.Scalar s -> switch (s) {
                case C_CHAR -> (byte) 0;
                case C_SHORT -> (short) 0;
                case C_INT -> 0;
                case C_LONG, C_LONGLONG, C_SIZE_T -> 0L;
                case C_FLOAT -> 0f;
                case C_DOUBLE -> 0d;
            };
            case CType.Simple s when s == CType.Simple.VOID -> null;
            default -> MemorySegment.NULL;
        };
    }

    // ---- text

    public static MemorySegment cstr(Arena arena, String s) {
        return arena.allocateFrom(s);
    }

    /** The text at a {@code char *} C gave back; {@code what} names it for the panic if it is null. */
    public static String string(MemorySegment p, String what) {
        if (p.address() == 0) throw new PanicException("null Ptr dereferenced: " + what + " is NULL", null);
        return p.reinterpret(Long.MAX_VALUE).getString(0);
    }

    // ---- memory

    private static final java.util.Map<CType.Struct, long[]> OFFSETS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<CType.Struct, StructLayout> LAYOUTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The C layout of {@code t}, a struct's worked out once. */
    static MemoryLayout layoutOf(CType t) {
        return t instanceof CType.Struct st ? layout(st) : t.layout();
    }

    /** The C layout of {@code st}, worked out once per struct. */
    static StructLayout layout(CType.Struct st) {
        return LAYOUTS.computeIfAbsent(st, CType.Struct::layout);
    }

    /** The byte offset of each field of {@code st}, worked out once per struct. */
    static long[] offsets(CType.Struct st) {
        return OFFSETS.computeIfAbsent(st, s -> {
            StructLayout layout = layout(s);
            long[] out = new long[s.fields().size()];
            for (int i = 0; i < out.length; i++) out[i] = layout.byteOffset(MemoryLayout.PathElement.groupElement(s.fields().get(i)));
            return out;
        });
    }

    static void write(CType t, MemorySegment at, long offset, Object v) {
        switch (t) {
            case CType.Scalar s -> {
                Object c = toC(s, v);
                switch (s) {
                    case C_CHAR -> at.set(ValueLayout.JAVA_BYTE, offset, (Byte) c);
                    case C_SHORT -> at.set(ValueLayout.JAVA_SHORT_UNALIGNED, offset, (Short) c);
                    case C_INT -> at.set(ValueLayout.JAVA_INT_UNALIGNED, offset, (Integer) c);
                    case C_LONG, C_LONGLONG, C_SIZE_T -> at.set(ValueLayout.JAVA_LONG_UNALIGNED, offset, (Long) c);
                    case C_FLOAT -> at.set(ValueLayout.JAVA_FLOAT_UNALIGNED, offset, (Float) c);
                    case C_DOUBLE -> at.set(ValueLayout.JAVA_DOUBLE_UNALIGNED, offset, (Double) c);
                }
            }
            case CType.Simple s when s == CType.Simple.PTR -> at.set(ValueLayout.ADDRESS_UNALIGNED, offset, (MemorySegment) v);
            case CType.Struct st -> {
                StructValue value = (StructValue) v;
                long[] fields = offsets(st);
                for (int i = 0; i < fields.length; i++) write(st.types().get(i), at, offset + fields[i], value.get(i));
            }
            default -> throw new IllegalStateException("no C memory form for " + t);
        }
    }

    static Object read(CType t, MemorySegment at, long offset, Function<String, StructShape> shapes) {
        return switch (t) {
            case CType.Scalar s -> switch (s) {
                case C_CHAR -> (long) at.get(ValueLayout.JAVA_BYTE, offset);
                case C_SHORT -> (long) at.get(ValueLayout.JAVA_SHORT_UNALIGNED, offset);
                case C_INT -> (long) at.get(ValueLayout.JAVA_INT_UNALIGNED, offset);
                case C_LONG, C_LONGLONG, C_SIZE_T -> at.get(ValueLayout.JAVA_LONG_UNALIGNED, offset);
                case C_FLOAT -> (double) at.get(ValueLayout.JAVA_FLOAT_UNALIGNED, offset);
                case C_DOUBLE -> at.get(ValueLayout.JAVA_DOUBLE_UNALIGNED, offset);
            };
            case CType.Simple s when s == CType.Simple.PTR -> at.get(ValueLayout.ADDRESS_UNALIGNED, offset);
            case CType.Struct st -> {
                StructValue value = shapes.apply(st.name()).blank();
                readInto(st, at, offset, value, shapes);
                yield value;
            }
            default -> throw new IllegalStateException("no C memory form for " + t);
        };
    }

    /** Sets the fields of {@code value} from the C struct at {@code offset}: what an out-parameter hands back. */
    static void readInto(CType.Struct st, MemorySegment at, long offset, StructValue value, Function<String, StructShape> shapes) {
        long[] fields = offsets(st);
        for (int i = 0; i < fields.length; i++) value.set(i, read(st.types().get(i), at, offset + fields[i], shapes));
    }
}
