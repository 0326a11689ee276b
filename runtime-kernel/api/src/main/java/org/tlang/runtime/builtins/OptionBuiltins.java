package org.tlang.runtime.builtins;

import org.tlang.runtime.EnumShape;
import org.tlang.runtime.EnumValue;
import org.tlang.runtime.FnValue;

/** The methods of {@code Option}. */
public final class OptionBuiltins {
    private OptionBuiltins() {}

    static void addTo(BuiltinTable.Rows t) {
        t.direct("Option.unwrap", "fn(Option<T>) -> T", "unwrap")
                .direct("Option.expect", "fn(Option<T>, Str) -> T", "expect")
                .total("Option.unwrap_or", "fn(Option<T>, T) -> T", "unwrapOr")
                .total("Option.is_some", "fn(Option<T>) -> Bool", "isSome")
                .total("Option.is_none", "fn(Option<T>) -> Bool", "isNone")
                .direct("Option.map", "fn(Option<T>, fn(T) -> U) -> Option<U>", "map")
                .total("Option.ok_or", "fn(Option<T>, E) -> Result<T, E>", "okOr");
    }

    public static Object unwrap(EnumValue o) {
        if (o.variant() == EnumShape.NONE) throw Builtin.panic("called `unwrap` on `None`");
        return o.single();
    }

    public static Object expect(EnumValue o, String message) {
        if (o.variant() == EnumShape.NONE) throw Builtin.panic(message);
        return o.single();
    }

    public static Object unwrapOr(EnumValue o, Object otherwise) {
        return o.variant() == EnumShape.NONE ? otherwise : o.single();
    }

    public static boolean isSome(EnumValue o) {
        return o.variant() == EnumShape.SOME;
    }

    public static boolean isNone(EnumValue o) {
        return o.variant() == EnumShape.NONE;
    }

    public static EnumValue map(EnumValue o, FnValue f) {
        return o.variant() == EnumShape.NONE ? EnumValue.NONE : EnumValue.some(f.call(new Object[] {o.single()}));
    }

    public static EnumValue okOr(EnumValue o, Object error) {
        return o.variant() == EnumShape.NONE ? EnumValue.err(error) : EnumValue.ok(o.single());
    }
}
