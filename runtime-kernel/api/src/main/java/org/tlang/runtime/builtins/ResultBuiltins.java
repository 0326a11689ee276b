package org.tlang.runtime.builtins;

import org.tlang.runtime.EnumShape;
import org.tlang.runtime.EnumValue;
import org.tlang.runtime.FnValue;
import org.tlang.runtime.Printer;

/** The methods of {@code Result}. */
public final class ResultBuiltins {
    private ResultBuiltins() {}

    static void addTo(BuiltinTable.Rows t) {
        t.direct("Result.unwrap", "fn(Result<T, E>) -> T", "unwrap")
                .direct("Result.expect", "fn(Result<T, E>, Str) -> T", "expect")
                .total("Result.unwrap_or", "fn(Result<T, E>, T) -> T", "unwrapOr")
                .total("Result.is_ok", "fn(Result<T, E>) -> Bool", "isOk")
                .total("Result.is_err", "fn(Result<T, E>) -> Bool", "isErr")
                .direct("Result.map", "fn(Result<T, E>, fn(T) -> U) -> Result<U, E>", "map")
                .direct("Result.map_err", "fn(Result<T, E>, fn(E) -> F) -> Result<T, F>", "mapErr");
    }

    public static Object unwrap(EnumValue r) {
        if (r.variant() == EnumShape.ERR) throw Builtin.panic("called `unwrap` on `Err(" + Printer.debug(r.single()) + ")`");
        return r.single();
    }

    public static Object expect(EnumValue r, String message) {
        if (r.variant() == EnumShape.ERR) throw Builtin.panic(message + ": " + Printer.debug(r.single()));
        return r.single();
    }

    public static Object unwrapOr(EnumValue r, Object otherwise) {
        return r.variant() == EnumShape.ERR ? otherwise : r.single();
    }

    public static boolean isOk(EnumValue r) {
        return r.variant() == EnumShape.OK;
    }

    public static boolean isErr(EnumValue r) {
        return r.variant() == EnumShape.ERR;
    }

    public static EnumValue map(EnumValue r, FnValue f) {
        return r.variant() == EnumShape.ERR ? r : EnumValue.ok(f.call(new Object[] {r.single()}));
    }

    public static EnumValue mapErr(EnumValue r, FnValue f) {
        return r.variant() == EnumShape.OK ? r : EnumValue.err(f.call(new Object[] {r.single()}));
    }
}
