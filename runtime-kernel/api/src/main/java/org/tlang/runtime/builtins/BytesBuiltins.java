package org.tlang.runtime.builtins;

import org.tlang.runtime.Bytes;
import org.tlang.runtime.EnumValue;
import org.tlang.runtime.Vec;

/** {@code Bytes::new} and the methods of {@code Bytes}. */
public final class BytesBuiltins {
    private BytesBuiltins() {}

    static void addTo(BuiltinTable.Rows t) {
        t.total("Bytes::new", "fn() -> Bytes", "create")
                .total("Bytes.len", "fn(Bytes) -> Int", "len")
                .total("Bytes.is_empty", "fn(Bytes) -> Bool", "isEmpty")
                .direct("Bytes.push", "fn(Bytes, Int)", "push")
                .total("Bytes.get", "fn(Bytes, Int) -> Option<Int>", "get")
                .total("Bytes.to_str", "fn(Bytes) -> Str", "toStr")
                .total("Bytes.to_vec", "fn(Bytes) -> Vec<Int>", "toVec");
    }

    public static Bytes create() {
        return new Bytes(new byte[0]);
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
}
