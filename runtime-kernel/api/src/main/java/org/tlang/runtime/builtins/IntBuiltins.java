package org.tlang.runtime.builtins;

import org.tlang.runtime.Printer;

/** The methods of {@code Int}. Arithmetic is checked: overflow panics. */
public final class IntBuiltins {
    private IntBuiltins() {}

    static void addTo(BuiltinTable.Rows t) {
        t.direct("Int.abs", "fn(Int) -> Int", "abs")
                .total("Int.min", "fn(Int, Int) -> Int", "min")
                .total("Int.max", "fn(Int, Int) -> Int", "max")
                .direct("Int.pow", "fn(Int, Int) -> Int", "pow")
                .total("Int.to_str", "fn(Int) -> Str", "toStr")
                .total("Int.wrapping_add", "fn(Int, Int) -> Int", "wrappingAdd")
                .total("Int.wrapping_sub", "fn(Int, Int) -> Int", "wrappingSub")
                .total("Int.wrapping_mul", "fn(Int, Int) -> Int", "wrappingMul")
                .total("Int.to_float", "fn(Int) -> Float", "toFloat");
    }

    public static long abs(long x) {
        if (x == Long.MIN_VALUE) throw Builtin.panic("integer overflow");
        return Math.abs(x);
    }

    public static long min(long x, long y) {
        return Math.min(x, y);
    }

    public static long max(long x, long y) {
        return Math.max(x, y);
    }

    public static long pow(long base, long exp) {
        if (exp < 0) throw Builtin.panic("negative exponent " + exp);
        // by squaring: a huge exponent of 0, 1 or -1 takes 63 steps, not exp
        long r = 1;
        long b = base;
        try {
            for (long e = exp; e > 0; e >>= 1) {
                if ((e & 1) != 0) r = Math.multiplyExact(r, b);
                if (e > 1) b = Math.multiplyExact(b, b);
            }
        } catch (ArithmeticException e) {
            throw Builtin.panic("integer overflow");
        }
        return r;
    }

    public static String toStr(long x) {
        return Printer.show(x);
    }

    public static long wrappingAdd(long x, long y) {
        return x + y;
    }

    public static long wrappingSub(long x, long y) {
        return x - y;
    }

    public static long wrappingMul(long x, long y) {
        return x * y;
    }

    public static double toFloat(long x) {
        return x;
    }
}
