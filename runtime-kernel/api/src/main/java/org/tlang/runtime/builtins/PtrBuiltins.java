package org.tlang.runtime.builtins;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The methods of {@code Ptr}, the opaque C address {@code extern} functions take and give. A Ptr
 * other than {@code Ptr::null()} only ever comes from C (a foreign function's result, a callback's
 * argument), so reading through one needs no capability of its own beyond the {@code ffi} that
 * made it; reading through a null one panics, reading through a dangling one cannot be made safe.
 */
public final class PtrBuiltins {
    private PtrBuiltins() {}

    static void addTo(BuiltinTable.Rows t) {
        t.total("Ptr::null", "fn() -> Ptr", "nullPtr")
                .total("Ptr.is_null", "fn(Ptr) -> Bool", "isNull")
                .total("Ptr.addr", "fn(Ptr) -> Int", "addr")
                .total("Ptr.offset", "fn(Ptr, Int) -> Ptr", "offset")
                .direct("Ptr.read_c_int", "fn(Ptr, Int) -> Int", "readInt")
                .direct("Ptr.read_c_long", "fn(Ptr, Int) -> Int", "readLong")
                .direct("Ptr.read_c_double", "fn(Ptr, Int) -> Float", "readDouble")
                .direct("Ptr.read_cstr", "fn(Ptr) -> Str", "readCStr");
    }

    public static MemorySegment nullPtr() {
        return MemorySegment.NULL;
    }

    public static boolean isNull(MemorySegment p) {
        return p.address() == 0;
    }

    public static long addr(MemorySegment p) {
        return p.address();
    }

    public static MemorySegment offset(MemorySegment p, long bytes) {
        return MemorySegment.ofAddress(p.address() + bytes);
    }

    /** Element {@code index} of the C {@code int} array at {@code p}. */
    public static long readInt(MemorySegment p, long index) {
        return at(p, index, ValueLayout.JAVA_INT).getAtIndex(ValueLayout.JAVA_INT, 0);
    }

    public static long readLong(MemorySegment p, long index) {
        return at(p, index, ValueLayout.JAVA_LONG).getAtIndex(ValueLayout.JAVA_LONG, 0);
    }

    public static double readDouble(MemorySegment p, long index) {
        return at(p, index, ValueLayout.JAVA_DOUBLE).getAtIndex(ValueLayout.JAVA_DOUBLE, 0);
    }

    /** The NUL-terminated UTF-8 text at {@code p}. */
    public static String readCStr(MemorySegment p) {
        if (p.address() == 0) throw Builtin.panic("null Ptr dereferenced");
        return p.reinterpret(Long.MAX_VALUE).getString(0);
    }

    private static MemorySegment at(MemorySegment p, long index, ValueLayout element) {
        if (p.address() == 0) throw Builtin.panic("null Ptr dereferenced");
        if (index < 0) throw Builtin.panic("negative index " + index + " through a Ptr");
        return MemorySegment.ofAddress(p.address() + index * element.byteSize()).reinterpret(element.byteSize());
    }
}
