package org.tlang.runtime.builtins;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tlang.runtime.EnumValue;
import org.tlang.runtime.Vec;

/** {@code Map::new} and the methods of {@code Map}: insertion-ordered, as a {@link LinkedHashMap}. */
public final class MapBuiltins {
    private MapBuiltins() {}

    static void addTo(BuiltinTable.Rows t) {
        t.total("Map::new", "fn() -> Map<K, V>", "create")
                .total("Map.len", "fn(Map<K, V>) -> Int", "len")
                .total("Map.is_empty", "fn(Map<K, V>) -> Bool", "isEmpty")
                .total("Map.get", "fn(Map<K, V>, K) -> Option<V>", "get")
                .total("Map.insert", "fn(Map<K, V>, K, V)", "insert")
                .total("Map.remove", "fn(Map<K, V>, K) -> Option<V>", "remove")
                .total("Map.contains_key", "fn(Map<K, V>, K) -> Bool", "containsKey")
                .total("Map.keys", "fn(Map<K, V>) -> Vec<K>", "keys")
                .total("Map.values", "fn(Map<K, V>) -> Vec<V>", "values");
    }

    public static Map<Object, Object> create() {
        return new LinkedHashMap<>();
    }

    public static long len(Map<Object, Object> m) {
        return m.size();
    }

    public static boolean isEmpty(Map<Object, Object> m) {
        return m.isEmpty();
    }

    public static EnumValue get(Map<Object, Object> m, Object key) {
        return EnumValue.option(m.get(key));
    }

    public static void insert(Map<Object, Object> m, Object key, Object value) {
        m.put(key, value);
    }

    public static EnumValue remove(Map<Object, Object> m, Object key) {
        return EnumValue.option(m.remove(key));
    }

    public static boolean containsKey(Map<Object, Object> m, Object key) {
        return m.containsKey(key);
    }

    public static Vec keys(Map<Object, Object> m) {
        return Vec.copyOf(m.keySet());
    }

    public static Vec values(Map<Object, Object> m) {
        return Vec.copyOf(m.values());
    }
}
