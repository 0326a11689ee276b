package org.tlang.wasm.compile;

import static org.tlang.wasm.encode.ValType.I32;
import static org.tlang.wasm.encode.ValType.I64;

import java.util.List;
import org.tlang.wasm.encode.Code;
import org.tlang.wasm.encode.FuncType;

/**
 * The module's own runtime, written in WebAssembly: the bump allocator, Str concatenation, Vec
 * growth and bounds checks, Int multiplication and negation that panic on overflow, printing through WASI, and
 * the start function that reads the program's arguments through WASI.
 */
final class RuntimeFunctions {
    private RuntimeFunctions() {}

    static void declare(ProgramCompiler p) {
        p.alloc = p.w.declare(FuncType.of(I32, I32));
        p.concat = p.w.declare(FuncType.of(I32, I32, I32));
        p.vecNew = p.w.declare(FuncType.of(I32, I32));
        p.vecPush = p.w.declare(FuncType.of(null, I32, I64));
        p.vecSlot = p.w.declare(FuncType.of(I32, I32, I64, I32));
        p.write = p.w.declare(FuncType.of(null, I32, I32, I32));
        p.imul = p.w.declare(FuncType.of(I64, I64, I64, I32));
        p.ineg = p.w.declare(FuncType.of(I64, I64, I32));
    }

    static void define(ProgramCompiler p) {
        alloc(p);
        concat(p);
        vecNew(p);
        vecPush(p);
        vecSlot(p);
        write(p);
        arithmetic(p);
    }

    /** alloc(size) -> address: bumps the heap pointer, 8-byte aligned, growing memory; past the limit, `out of memory`. */
    private static void alloc(ProgramCompiler p) {
        Code c = new Code();
        // locals: 0 size, 1 result, 2 end
        c.globalGet(WasmProgram.HP).localSet(1);
        c.localGet(1).localGet(0).i32(7).op(Code.I32_ADD).i32(~7).op(Code.I32_AND).op(Code.I32_ADD).localSet(2);
        c.localGet(2).memorySize().i32(16).op(Code.I32_SHL).op(Code.I32_GT_U).ifThen(null);
        c.localGet(2).memorySize().i32(16).op(Code.I32_SHL).op(Code.I32_SUB).i32(65535).op(Code.I32_ADD).i32(16).op(0x76) // i32.shr_u
                .memoryGrow().i32(-1).op(Code.I32_EQ).ifThen(null)
                .i32(ProgramCompiler.OUT_OF_MEMORY).i32(ProgramCompiler.LATEST_POSITION).call(p.panicCode).end();
        c.end();
        c.localGet(2).globalSet(WasmProgram.HP);
        c.localGet(1);
        p.w.define(p.alloc, List.of(I32, I32), c);
    }

    /** concat(a, b) -> a new Str of a's bytes then b's. */
    private static void concat(ProgramCompiler p) {
        Code c = new Code();
        // locals: 0 a, 1 b, 2 la, 3 lb, 4 r
        c.localGet(0).load(I32, Layout.STR_LEN).localSet(2);
        c.localGet(1).load(I32, Layout.STR_LEN).localSet(3);
        c.localGet(2).localGet(3).op(Code.I32_ADD).i32(Layout.STR_BYTES).op(Code.I32_ADD).call(p.alloc).localSet(4);
        c.localGet(4).localGet(2).localGet(3).op(Code.I32_ADD).store(I32, Layout.STR_LEN);
        c.localGet(4).i32(Layout.STR_BYTES).op(Code.I32_ADD).localGet(0).i32(Layout.STR_BYTES).op(Code.I32_ADD).localGet(2).memoryCopy();
        c.localGet(4).i32(Layout.STR_BYTES).op(Code.I32_ADD).localGet(2).op(Code.I32_ADD).localGet(1).i32(Layout.STR_BYTES).op(Code.I32_ADD).localGet(3).memoryCopy();
        c.localGet(4);
        p.w.define(p.concat, List.of(I32, I32, I32), c);
    }

    /** vec_new(capacity) -> an empty Vec. */
    private static void vecNew(ProgramCompiler p) {
        Code c = new Code();
        // locals: 0 cap, 1 v
        c.i32(Layout.VEC_HEADER).call(p.alloc).localSet(1);
        c.localGet(1).localGet(0).store(I32, Layout.VEC_CAP);
        c.localGet(1).localGet(0).i32(Layout.SLOT).op(Code.I32_MUL).call(p.alloc).store(I32, Layout.VEC_DATA);
        c.localGet(1);
        p.w.define(p.vecNew, List.of(I32), c);
    }

    /** vec_push(v, bits): appends one slot, doubling the capacity when full. */
    private static void vecPush(ProgramCompiler p) {
        Code c = new Code();
        // locals: 0 v, 1 bits, 2 len, 3 cap, 4 data
        c.localGet(0).load(I32, Layout.VEC_LEN).localSet(2);
        c.localGet(0).load(I32, Layout.VEC_CAP).localSet(3);
        c.localGet(2).localGet(3).op(Code.I32_EQ).ifThen(null);
        c.i32(4).localGet(3).i32(1).op(Code.I32_SHL).localGet(3).i32(2).op(Code.I32_LT_U).op(Code.SELECT).localSet(3);
        c.localGet(3).i32(Layout.SLOT).op(Code.I32_MUL).call(p.alloc).localSet(4);
        c.localGet(4).localGet(0).load(I32, Layout.VEC_DATA).localGet(2).i32(Layout.SLOT).op(Code.I32_MUL).memoryCopy();
        c.localGet(0).localGet(4).store(I32, Layout.VEC_DATA);
        c.localGet(0).localGet(3).store(I32, Layout.VEC_CAP);
        c.end();
        c.localGet(0).load(I32, Layout.VEC_DATA).localGet(2).i32(Layout.SLOT).op(Code.I32_MUL).op(Code.I32_ADD).localGet(1).store(I64, 0);
        c.localGet(0).localGet(2).i32(1).op(Code.I32_ADD).store(I32, Layout.VEC_LEN);
        p.w.define(p.vecPush, List.of(I32, I32, I32), c);
    }

    /** vec_slot(v, index, position) -> the address of element index, or the panic `index out of bounds`. */
    private static void vecSlot(ProgramCompiler p) {
        Code c = new Code();
        // locals: 0 v, 1 index, 2 position, 3 len (i64)
        c.localGet(0).load(I32, Layout.VEC_LEN).op(Code.I64_EXTEND_I32_U).localSet(3);
        c.localGet(1).localGet(3).op(Code.I64_GE_U).ifThen(null); // a negative index is a huge unsigned one
        c.localGet(3).localGet(1).localGet(2).call(p.panicIndex).end();
        c.localGet(0).load(I32, Layout.VEC_DATA).localGet(1).op(Code.I32_WRAP_I64).i32(Layout.SLOT).op(Code.I32_MUL).op(Code.I32_ADD);
        p.w.define(p.vecSlot, List.of(I64), c);
    }

    /** write(str, fd, newline): the Str's bytes, and a newline if asked, to a WASI file descriptor. */
    private static void write(ProgramCompiler p) {
        Code c = new Code();
        c.i32(Layout.IOVECS).localGet(0).i32(Layout.STR_BYTES).op(Code.I32_ADD).store(I32, 0);
        c.i32(Layout.IOVECS).localGet(0).load(I32, Layout.STR_LEN).store(I32, 4);
        c.i32(Layout.IOVECS).i32(Layout.NEWLINE).store(I32, 8);
        c.i32(Layout.IOVECS).i32(1).store(I32, 12);
        c.localGet(1).i32(Layout.IOVECS).i32(1).localGet(2).op(Code.I32_ADD).i32(Layout.NWRITTEN).call(p.fdWrite).op(Code.DROP);
        p.w.define(p.write, List.of(), c);
    }

    /** The Int operations that stay calls (rarer than + - / %, which are inline: FunctionCompiler). */
    private static void arithmetic(ProgramCompiler p) {
        // mul: a == -1 overflows only for MIN; otherwise the product divided back must give b
        Code c = new Code();
        c.localGet(0).localGet(1).op(Code.I64_MUL).localSet(3);
        c.localGet(0).i64(-1).op(Code.I64_EQ).ifThen(null);
        c.localGet(1).i64(Long.MIN_VALUE).op(Code.I64_EQ);
        overflow(p, c);
        c.elseBranch();
        c.localGet(0).i64(0).op(Code.I64_NE).ifThen(null);
        c.localGet(3).localGet(0).op(Code.I64_DIV_S).localGet(1).op(Code.I64_NE);
        overflow(p, c);
        c.end().end();
        c.localGet(3);
        p.w.define(p.imul, List.of(I64), c);

        c = new Code();
        c.localGet(0).i64(Long.MIN_VALUE).op(Code.I64_EQ);
        overflowAt(p, c, 1);
        c.i64(0).localGet(0).op(Code.I64_SUB);
        p.w.define(p.ineg, List.of(), c);
    }

    /** With a condition on the stack: panics `integer overflow` at the position in local 2 if it holds. */
    private static void overflow(ProgramCompiler p, Code c) {
        overflowAt(p, c, 2);
    }

    private static void overflowAt(ProgramCompiler p, Code c, int positionLocal) {
        c.ifThen(null).i32(ProgramCompiler.OVERFLOW).localGet(positionLocal).call(p.panicCode).end();
    }

    /**
     * The exported {@code main}: builds {@code args} from WASI's argument vector (its first entry, the
     * program's name, left out) when main takes them, then calls main.
     */
    static void defineStart(ProgramCompiler p, int start, int main, boolean takesArgs) {
        Code c = new Code();
        if (!takesArgs) {
            c.call(main);
            p.w.define(start, List.of(), c);
            return;
        }
        // locals: 0 argc, 1 argv, 2 buf, 3 vec, 4 i, 5 s (C string), 6 n, 7 str
        int argc = 0, argv = 1, buf = 2, vec = 3, i = 4, s = 5, n = 6, str = 7;
        c.i32(Layout.ARG_SIZES).i32(Layout.ARG_SIZES + 4).call(p.argsSizesGet).op(Code.DROP);
        c.i32(Layout.ARG_SIZES).load(I32, 0).localSet(argc);
        c.localGet(argc).i32(4).op(Code.I32_MUL).call(p.alloc).localSet(argv);
        c.i32(Layout.ARG_SIZES + 4).load(I32, 0).call(p.alloc).localSet(buf);
        c.localGet(argv).localGet(buf).call(p.argsGet).op(Code.DROP);
        c.localGet(argc).call(p.vecNew).localSet(vec);
        c.i32(1).localSet(i);
        c.block(null).loop(null);
        c.localGet(i).localGet(argc).op(Code.I32_GE_U).brIf(1);
        c.localGet(argv).localGet(i).i32(4).op(Code.I32_MUL).op(Code.I32_ADD).load(I32, 0).localSet(s);
        c.i32(0).localSet(n);
        c.block(null).loop(null);
        c.localGet(s).localGet(n).op(Code.I32_ADD).load8u(0).op(Code.I32_EQZ).brIf(1);
        c.localGet(n).i32(1).op(Code.I32_ADD).localSet(n).br(0);
        c.end().end();
        c.localGet(n).i32(Layout.STR_BYTES).op(Code.I32_ADD).call(p.alloc).localSet(str);
        c.localGet(str).localGet(n).store(I32, Layout.STR_LEN);
        c.localGet(str).i32(Layout.STR_BYTES).op(Code.I32_ADD).localGet(s).localGet(n).memoryCopy();
        c.localGet(vec).localGet(str).op(Code.I64_EXTEND_I32_U).call(p.vecPush);
        c.localGet(i).i32(1).op(Code.I32_ADD).localSet(i).br(0);
        c.end().end();
        c.localGet(vec).call(main);
        p.w.define(start, List.of(I32, I32, I32, I32, I32, I32, I32, I32), c);
    }

}
