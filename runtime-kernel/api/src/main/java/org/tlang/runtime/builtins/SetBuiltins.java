package org.tlang.runtime.builtins;

import java.util.LinkedHashSet;
import java.util.Set;

/** {@code Set::new} and the methods of {@code Set}: insertion-ordered, as a {@link LinkedHashSet}. */
public final class SetBuiltins {
    private SetBuiltins() {}

    static void addTo(BuiltinTable.Rows t) {
        t.total("Set::new", "fn() -> Set<T>", "create")
                .total("Set.insert", "fn(Set<T>, T) -> Bool", "insert")
                .total("Set.remove", "fn(Set<T>, T) -> Bool", "remove")
                .total("Set.contains", "fn(Set<T>, T) -> Bool", "contains")
                .total("Set.len", "fn(Set<T>) -> Int", "len")
                .total("Set.is_empty", "fn(Set<T>) -> Bool", "isEmpty");
    }

    public static Set<Object> create() {
        return new LinkedHashSet<>();
    }

    public static boolean insert(Set<Object> s, Object x) {
        return s.add(x);
    }

    public static boolean remove(Set<Object> s, Object x) {
        return s.remove(x);
    }

    public static boolean contains(Set<Object> s, Object x) {
        return s.contains(x);
    }

    public static long len(Set<Object> s) {
        return s.size();
    }

    public static boolean isEmpty(Set<Object> s) {
        return s.isEmpty();
    }
}
