package org.tlang.runtime.builtins;

import java.util.Arrays;
import org.tlang.runtime.Bytes;
import org.tlang.runtime.EnumValue;
import org.tlang.runtime.Vec;

/** {@code Bytes::new} and the methods of {@code Bytes}. */
public final class BytesBuiltins {
    private BytesBuiltins() {}

    static void addTo(BuiltinTable.Rows t) {
        t.total("Bytes::new", "fn() -> Bytes", "create")
                .total("Bytes::from_str", "fn(Str) -> Bytes", "fromStr")
                .total("Bytes.len", "fn(Bytes) -> Int", "len")
                .total("Bytes.is_empty", "fn(Bytes) -> Bool", "isEmpty")
                .direct("Bytes.push", "fn(Bytes, Int)", "push")
                .total("Bytes.get", "fn(Bytes, Int) -> Option<Int>", "get")
                .total("Bytes.to_str", "fn(Bytes) -> Str", "toStr")
                .total("Bytes.to_vec", "fn(Bytes) -> Vec<Int>", "toVec")
                .direct("Bytes.slice", "fn(Bytes, Int, Int) -> Bytes", "slice")
                .direct("Bytes.extend", "fn(Bytes, Bytes)", "extend");
    }

    public static Bytes create() {
        return new Bytes(new byte[0]);
    }

    /** The UTF-8 encoding of {@code s}, as {@code s.bytes()}. */
    public static Bytes fromStr(String s) {
        return StrBuiltins.bytes(s);
    }

    public static long len(Bytes b) {
        return b.length();
    }

    public static boolean isEmpty(Bytes b) {
        return b.length() == 0;
    }

    public static void push(Bytes b, long x) {
        b.push(x);
    }

    public static EnumValue get(Bytes b, long i) {
        return i < 0 || i >= b.length() ? EnumValue.NONE : EnumValue.some((long) b.get((int) i));
    }

    public static String toStr(Bytes b) {
        return b.decode();
    }

    public static Vec toVec(Bytes b) {
        Vec out = new Vec(b.length());
        for (int i = 0; i < b.length(); i++) out.add((long) b.get(i));
        return out;
    }

    /** A copy of {@code from..to} (from inclusive, to exclusive); out of bounds panics as {@code Vec.slice}. */
    public static Bytes slice(Bytes b, long from, long to) {
        if (from < 0 || to > b.length() || from > to) {
            throw Builtin.panic("slice " + from + ".." + to + " out of bounds for length " + b.length());
        }
        return new Bytes(Arrays.copyOfRange(b.toArray(), (int) from, (int) to));
    }

    /** Appends the bytes of {@code other}; {@code b.extend(b)} doubles {@code b}. */
    public static void extend(Bytes b, Bytes other) {
        int n = other.length();
        for (int i = 0; i < n; i++) b.push(other.get(i));
    }
}
