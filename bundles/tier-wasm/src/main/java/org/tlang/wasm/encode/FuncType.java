package org.tlang.wasm.encode;

import java.util.List;

/** A function type: parameters and at most one result (none: {@code result} null). */
public record FuncType(List<ValType> params, ValType result) {
    public FuncType {
        params = List.copyOf(params);
    }

    public static FuncType of(ValType result, ValType... params) {
        return new FuncType(List.of(params), result);
    }
}
