package org.tlang.runtime.builtins;

import java.util.Collections;
import org.tlang.runtime.EnumValue;
import org.tlang.runtime.FnValue;
import org.tlang.runtime.Printer;
import org.tlang.runtime.Values;
import org.tlang.runtime.Vec;

/**
 * {@code Vec::new}, {@code Vec::with} and the methods of {@code Vec}. The higher-order methods
 * iterate over a copy, so a callback that changes the Vec does not change the iteration.
 */
public final class VecBuiltins {
    private VecBuiltins() {}

    static void addTo(BuiltinTable.Rows t) {
        t.total("Vec::new", "fn() -> Vec<T>", "create")
                .direct("Vec::with", "fn(Int, T) -> Vec<T>", "with")
                .total("Vec.len", "fn(Vec<T>) -> Int", "len")
                .total("Vec.is_empty", "fn(Vec<T>) -> Bool", "isEmpty")
                .total("Vec.push", "fn(Vec<T>, T)", "push")
                .total("Vec.pop", "fn(Vec<T>) -> Option<T>", "pop")
                .total("Vec.get", "fn(Vec<T>, Int) -> Option<T>", "get")
                .direct("Vec.insert", "fn(Vec<T>, Int, T)", "insert")
                .direct("Vec.remove", "fn(Vec<T>, Int) -> T", "remove")
                .total("Vec.contains", "fn(Vec<T>, T) -> Bool", "contains")
                .direct("Vec.sort", "fn(Vec<T>)", "sort")
                .direct("Vec.sort_by", "fn(Vec<T>, fn(T, T) -> Int)", "sortBy")
                .total("Vec.reverse", "fn(Vec<T>)", "reverse")
                .direct("Vec.map", "fn(Vec<T>, fn(T) -> U) -> Vec<U>", "map")
                .direct("Vec.filter", "fn(Vec<T>, fn(T) -> Bool) -> Vec<T>", "filter")
                .direct("Vec.fold", "fn(Vec<T>, U, fn(U, T) -> U) -> U", "fold")
                .direct("Vec.any", "fn(Vec<T>, fn(T) -> Bool) -> Bool", "any")
                .direct("Vec.all", "fn(Vec<T>, fn(T) -> Bool) -> Bool", "all")
                .total("Vec.join", "fn(Vec<Str>, Str) -> Str", "join")
                .direct("Vec.slice", "fn(Vec<T>, Int, Int) -> Vec<T>", "slice");
    }

    public static Vec create() {
        return new Vec();
    }

    public static Vec with(long n, Object value) {
        if (n < 0) throw Sizes.negative("Vec::with", "length", n);
        if (n > Vec.MAX_LENGTH) throw Vec.capacityOverflow();
        return Sizes.allocate("Vec::with", "length", n, () -> Vec.filled((int) n, value));
    }

    public static long len(Vec v) {
        return v.size();
    }

    public static boolean isEmpty(Vec v) {
        return v.isEmpty();
    }

    public static void push(Vec v, Object x) {
        v.add(x);
    }

    public static EnumValue pop(Vec v) {
        return v.isEmpty() ? EnumValue.NONE : EnumValue.some(v.removeLast());
    }

    public static EnumValue get(Vec v, long i) {
        return i < 0 || i >= v.size() ? EnumValue.NONE : EnumValue.some(v.get((int) i));
    }

    public static void insert(Vec v, long i, Object x) {
        if (i < 0 || i > v.size()) throw Builtin.panic(Printer.indexOutOfBounds(v.size(), i));
        v.add((int) i, x);
    }

    public static Object remove(Vec v, long i) {
        if (i < 0 || i >= v.size()) throw Builtin.panic(Printer.indexOutOfBounds(v.size(), i));
        return v.remove((int) i);
    }

    public static boolean contains(Vec v, Object x) {
        return v.contains(x);
    }

    public static void sort(Vec v) {
        if (!v.sortPrimitives()) v.sort(Values::compare);
    }

    public static void sortBy(Vec v, FnValue cmp) {
        v.sort((x, y) -> Long.signum((Long) cmp.call(new Object[] {x, y})));
    }

    public static void reverse(Vec v) {
        Collections.reverse(v);
    }

    public static Vec map(Vec v, FnValue f) {
        Vec out = new Vec(v.size());
        for (int i = 0; i < v.size(); i++) out.add(f.call(new Object[] {v.get(i)}));
        return out;
    }

    // filter, fold, any and all go over the elements as they were when the call began (the function
    // may change the Vec): a copy of its storage, which keeps Int, Float and Bool elements unboxed
    // until each is read (List.copyOf boxed every element up front)

    public static Vec filter(Vec v, FnValue keep) {
        Vec items = v.copyRange(0, v.size());
        Vec out = new Vec();
        for (int i = 0; i < items.size(); i++) {
            Object x = items.get(i);
            if ((Boolean) keep.call(new Object[] {x})) out.add(x);
        }
        return out;
    }

    public static Object fold(Vec v, Object init, FnValue f) {
        Vec items = v.copyRange(0, v.size());
        Object acc = init;
        for (int i = 0; i < items.size(); i++) acc = f.call(new Object[] {acc, items.get(i)});
        return acc;
    }

    public static boolean any(Vec v, FnValue test) {
        Vec items = v.copyRange(0, v.size());
        for (int i = 0; i < items.size(); i++) if ((Boolean) test.call(new Object[] {items.get(i)})) return true;
        return false;
    }

    public static boolean all(Vec v, FnValue test) {
        Vec items = v.copyRange(0, v.size());
        for (int i = 0; i < items.size(); i++) if (!(Boolean) test.call(new Object[] {items.get(i)})) return false;
        return true;
    }

    public static String join(Vec v, String sep) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.size(); i++) {
            if (i > 0) sb.append(sep);
            sb.append((String) v.get(i));
        }
        return sb.toString();
    }

    public static Vec slice(Vec v, long from, long to) {
        if (from < 0 || to > v.size() || from > to) {
            throw Builtin.panic("slice " + from + ".." + to + " out of bounds for length " + v.size());
        }
        return v.copyRange((int) from, (int) to);
    }
}
