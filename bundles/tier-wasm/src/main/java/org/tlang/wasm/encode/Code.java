package org.tlang.wasm.encode;

/**
 * The instructions of one function body, in the binary format. Opcodes are named as the
 * WebAssembly specification names them; structured blocks take a {@link ValType} result or null.
 */
public final class Code extends Bytes {
    public static final int UNREACHABLE = 0x00, ELSE = 0x05, END = 0x0b, RETURN = 0x0f, DROP = 0x1a, SELECT = 0x1b;
    public static final int I32_EQZ = 0x45, I32_EQ = 0x46, I32_NE = 0x47, I32_LT_S = 0x48, I32_LT_U = 0x49, I32_GT_S = 0x4a,
            I32_GT_U = 0x4b, I32_LE_S = 0x4c, I32_LE_U = 0x4d, I32_GE_S = 0x4e, I32_GE_U = 0x4f;
    public static final int I64_EQZ = 0x50, I64_EQ = 0x51, I64_NE = 0x52, I64_LT_S = 0x53, I64_LT_U = 0x54, I64_GT_S = 0x55,
            I64_GT_U = 0x56, I64_LE_S = 0x57, I64_LE_U = 0x58, I64_GE_S = 0x59, I64_GE_U = 0x5a;
    public static final int F64_EQ = 0x61, F64_NE = 0x62, F64_LT = 0x63, F64_GT = 0x64, F64_LE = 0x65, F64_GE = 0x66;
    public static final int I32_ADD = 0x6a, I32_SUB = 0x6b, I32_MUL = 0x6c, I32_AND = 0x71, I32_OR = 0x72, I32_XOR = 0x73, I32_SHL = 0x74;
    public static final int I64_ADD = 0x7c, I64_SUB = 0x7d, I64_MUL = 0x7e, I64_DIV_S = 0x7f, I64_REM_S = 0x81, I64_AND = 0x83,
            I64_OR = 0x84, I64_XOR = 0x85, I64_SHL = 0x86, I64_SHR_S = 0x87, I64_SHR_U = 0x88;
    public static final int F64_NEG = 0x9a, F64_ADD = 0xa0, F64_SUB = 0xa1, F64_MUL = 0xa2, F64_DIV = 0xa3;
    public static final int I32_WRAP_I64 = 0xa7, I64_EXTEND_I32_S = 0xac, I64_EXTEND_I32_U = 0xad, F64_CONVERT_I64_S = 0xb9;

    public Code op(int opcode) {
        u8(opcode);
        return this;
    }

    public Code block(ValType result) {
        return structured(0x02, result);
    }

    public Code loop(ValType result) {
        return structured(0x03, result);
    }

    public Code ifThen(ValType result) {
        return structured(0x04, result);
    }

    private Code structured(int opcode, ValType result) {
        u8(opcode).u8(result == null ? 0x40 : result.code);
        return this;
    }

    public Code elseBranch() {
        return op(ELSE);
    }

    public Code end() {
        return op(END);
    }

    public Code br(int depth) {
        u8(0x0c).u32(depth);
        return this;
    }

    public Code brIf(int depth) {
        u8(0x0d).u32(depth);
        return this;
    }

    public Code call(int function) {
        u8(0x10).u32(function);
        return this;
    }

    public Code localGet(int i) {
        u8(0x20).u32(i);
        return this;
    }

    public Code localSet(int i) {
        u8(0x21).u32(i);
        return this;
    }

    public Code localTee(int i) {
        u8(0x22).u32(i);
        return this;
    }

    public Code globalGet(int i) {
        u8(0x23).u32(i);
        return this;
    }

    public Code globalSet(int i) {
        u8(0x24).u32(i);
        return this;
    }

    /** A load of {@code type} from the address on the stack plus {@code offset}. */
    public Code load(ValType type, int offset) {
        return memory(switch (type) {
            case I32 -> 0x28;
            case I64 -> 0x29;
            case F64 -> 0x2b;
        }, type == ValType.I32 ? 2 : 3, offset);
    }

    /** A store of {@code type} (address, then value, on the stack) at the address plus {@code offset}. */
    public Code store(ValType type, int offset) {
        return memory(switch (type) {
            case I32 -> 0x36;
            case I64 -> 0x37;
            case F64 -> 0x39;
        }, type == ValType.I32 ? 2 : 3, offset);
    }

    public Code load8u(int offset) {
        return memory(0x2d, 0, offset);
    }

    private Code memory(int opcode, int align, int offset) {
        u8(opcode).u32(align).u32(offset);
        return this;
    }

    public Code memorySize() {
        u8(0x3f).u8(0);
        return this;
    }

    public Code memoryGrow() {
        u8(0x40).u8(0);
        return this;
    }

    /** memory.copy: destination, source, length on the stack. */
    public Code memoryCopy() {
        u8(0xfc).u32(10).u8(0).u8(0);
        return this;
    }

    public Code i32(int v) {
        u8(0x41).s64(v);
        return this;
    }

    public Code i64(long v) {
        u8(0x42).s64(v);
        return this;
    }

    public Code f64Const(double v) {
        u8(0x44).f64(v);
        return this;
    }

    /** i64.trunc_sat_f64_s: truncating, saturating, NaN to 0, as T's {@code as Int}. */
    public Code truncSat() {
        u8(0xfc).u32(6);
        return this;
    }
}
