package org.tlang.wasm.compile;

import java.util.List;
import java.util.Map;
import org.tlang.runtime.builtins.Builtin;
import org.tlang.tir.Pos;
import org.tlang.tir.TEnum;
import org.tlang.tir.TStruct;
import org.tlang.tir.Type;

/**
 * A program compiled to one WebAssembly module, with what its host functions need to read it:
 * the T functions by id (for traces), source positions by id, the types {@code show} formats by
 * id, the built-ins it calls on the host by import name, and where its shadow stack and heap are.
 *
 * @param functions   qualified name and file of each function id
 * @param bridges     the host built-ins, in the order of their imports {@code b0, b1, ...}
 * @param mainTakesArgs whether main is {@code fn main(args: Vec<Str>)}
 */
public record WasmProgram(byte[] binary, List<Frame> functions, List<Pos> positions, List<Type> types, List<Bridge> bridges,
                          Map<String, TStruct> structs, Map<String, TEnum> enums, int maxPages, boolean mainTakesArgs) {
    /** Global indexes the host reads and writes. */
    public static final int SP = 0, HP = 1, TICKS = 2;

    public record Frame(String function, String file) {}

    /** A built-in called on the host: its argument types and result type as the call site has them. */
    public record Bridge(Builtin builtin, List<Type> params, Type result) {}

    /** Maximum nested T calls, as in the interpreter: the shadow stack's size. */
    public static final int MAX_DEPTH = 200_000;
}
