package org.tlang.ffi;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemoryLayout;
import java.util.List;
import org.tlang.tir.Pos;
import org.tlang.tir.Type;

/**
 * One function of an {@code extern} block, as the checker declared it: which C symbol of which
 * library, its C signature, and where it is written. For a variadic function, {@code params} are
 * the fixed parameters; each call gives the rest ({@link #withVarargs}), and {@code fixed} says how
 * many of its params are not variadic.
 */
public record ForeignFn(String module, String name, String library, List<CType> params, int fixed, CType result,
                        boolean variadic, String file, Pos pos) {
    public ForeignFn {
        params = List.copyOf(params);
    }

    /** The T function type the declaration gives T callers. */
    public Type.Fn signature() {
        return new Type.Fn(params.stream().map(CType::tType).toList(), result.tType());
    }

    /** This variadic function as one call calls it, its extra arguments of C types {@code extra}. */
    public ForeignFn withVarargs(List<CType> extra) {
        List<CType> all = new java.util.ArrayList<>(params);
        all.addAll(extra);
        return new ForeignFn(module, name, library, all, fixed, result, variadic, file, pos);
    }

    /** The C signature. */
    public FunctionDescriptor descriptor() {
        MemoryLayout[] args = params.stream().map(CType::layout).toArray(MemoryLayout[]::new);
        return result == CType.Simple.VOID ? FunctionDescriptor.ofVoid(args) : FunctionDescriptor.of(result.layout(), args);
    }

    /** The C type a variadic argument of T type {@code t} passes as (C's default promotions), or null if it cannot pass. */
    public static CType variadicArgument(Type t) {
        if (t == Type.INT) return CType.Scalar.C_LONG;
        if (t == Type.FLOAT) return CType.Scalar.C_DOUBLE;
        if (t == Type.STR) return CType.Simple.CSTR;
        if (t.equals(CType.PTR_TYPE)) return CType.Simple.PTR;
        return null;
    }
}
