package org.tlang.wasm.compile;

import java.util.List;
import org.tlang.tir.Type;
import org.tlang.wasm.encode.ValType;

/**
 * How T values live in WebAssembly. Int is an i64, Float an f64, Bool an i32, unit nothing; every
 * other value is an i32 address in linear memory: a Str {@code [len: i32][UTF-8 bytes]}, a Vec
 * {@code [len: i32][cap: i32][data: i32]} with 8-byte element slots at data, a struct or tuple
 * its 8-byte field slots, an enum value (Option and Result too) {@code [tag: i32]} then its field
 * slots from byte 8. A slot holds a value's bits as an i64 (an i32 in its low half).
 */
public final class Layout {
    public static final int SLOT = 8;
    public static final int STR_LEN = 0, STR_BYTES = 4;
    public static final int VEC_LEN = 0, VEC_CAP = 4, VEC_DATA = 8, VEC_HEADER = 12;
    public static final int ENUM_TAG = 0, ENUM_FIELDS = 8;
    /** A shadow stack frame: the function's id, then the position of its latest call, allocation or loop. */
    public static final int FRAME = 8, FRAME_FUNCTION = 0, FRAME_POSITION = 4;

    /**
     * Fixed addresses: the iovecs of fd_write, its count, a newline, the shared None, the two counts
     * of args_sizes_get; then the shadow stack, then the data.
     */
    static final int IOVECS = 16, NWRITTEN = 32, NEWLINE = 36, NONE = 40, ARG_SIZES = 56;
    public static final int STACK_BASE = 64;
    /** Str literals, after the shadow stack (its last frame only ever holds the frame that overflowed). */
    static final int DATA = STACK_BASE + (WasmProgram.MAX_DEPTH + 1) * FRAME;

    private Layout() {}

    /** The value type of {@code t}, or null for unit and never. */
    public static ValType of(Type t) {
        if (t == Type.INT) return ValType.I64;
        if (t == Type.FLOAT) return ValType.F64;
        if (t == Type.UNIT || t == Type.NEVER) return null;
        return ValType.I32;
    }

    static List<ValType> params(List<Type> types) {
        return types.stream().map(Layout::of).filter(java.util.Objects::nonNull).toList();
    }
}
