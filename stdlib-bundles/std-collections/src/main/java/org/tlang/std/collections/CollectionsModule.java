package org.tlang.std.collections;

import java.lang.invoke.MethodHandles;
import java.util.Comparator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.osgi.service.component.annotations.Component;
import org.tlang.runtime.EnumValue;
import org.tlang.runtime.FnValue;
import org.tlang.runtime.Tuple;
import org.tlang.runtime.Values;
import org.tlang.runtime.Vec;
import org.tlang.spi.natives.JavaModule;
import org.tlang.spi.natives.NativeModule;

/**
 * {@code std.collections}: {@code SortedMap<K, V>} and {@code SortedSet<T>} (java.util's TreeMap
 * and TreeSet, ordered as {@code sort} orders), {@code Deque<T>} ({@link DoubleEndedQueue}) and
 * {@code PriorityQueue<T>} ({@link Heap}). Each is a native type (a field-less struct of the
 * source): its value is the Java collection itself, which prints as its Vec, Map or Set
 * counterpart, compares with {@code ==} by {@code equals}, and is iterable by {@code for} through
 * its {@code iter()} method.
 */
@Component(service = NativeModule.class)
public final class CollectionsModule extends JavaModule {
    static final String SOURCE = """
            /// A map ordered by key (a red-black tree), keys in the order `sort` gives; prints as a Map.
            pub struct SortedMap<K, V> {}

            impl<K, V> SortedMap<K, V> {
                pub fn new() -> SortedMap<K, V> { sorted_map() }
                /// Sets the value of `key`; the value it had before, if any.
                pub fn insert(self, key: K, value: V) -> Option<V> { sorted_map_insert(self, key, value) }
                pub fn get(self, key: K) -> Option<V> { sorted_map_get(self, key) }
                /// Takes `key` out; the value it had, if any.
                pub fn remove(self, key: K) -> Option<V> { sorted_map_remove(self, key) }
                pub fn contains_key(self, key: K) -> Bool { sorted_map_contains_key(self, key) }
                pub fn len(self) -> Int { sorted_map_len(self) }
                pub fn is_empty(self) -> Bool { sorted_map_len(self) == 0 }
                /// The entry of the smallest key.
                pub fn first(self) -> Option<(K, V)> { sorted_map_first(self) }
                /// The entry of the largest key.
                pub fn last(self) -> Option<(K, V)> { sorted_map_last(self) }
                /// The entries with `from <= key < to`, in key order (none if `to <= from`).
                pub fn range(self, from: K, to: K) -> Vec<(K, V)> { sorted_map_range(self, from, to) }
                pub fn keys(self) -> Vec<K> { sorted_map_keys(self) }
                pub fn values(self) -> Vec<V> { sorted_map_values(self) }
                /// The (key, value) entries in key order: what `for` goes over.
                pub fn iter(self) -> Vec<(K, V)> { sorted_map_entries(self) }
            }

            /// A set ordered as `sort` orders; prints as a Set.
            pub struct SortedSet<T> {}

            impl<T> SortedSet<T> {
                pub fn new() -> SortedSet<T> { sorted_set() }
                /// Adds `value`; false if it was there already.
                pub fn insert(self, value: T) -> Bool { sorted_set_insert(self, value) }
                /// Takes `value` out; false if it was not there.
                pub fn remove(self, value: T) -> Bool { sorted_set_remove(self, value) }
                pub fn contains(self, value: T) -> Bool { sorted_set_contains(self, value) }
                pub fn len(self) -> Int { sorted_set_len(self) }
                pub fn is_empty(self) -> Bool { sorted_set_len(self) == 0 }
                pub fn first(self) -> Option<T> { sorted_set_first(self) }
                pub fn last(self) -> Option<T> { sorted_set_last(self) }
                /// The values with `from <= value < to`, in order (none if `to <= from`).
                pub fn range(self, from: T, to: T) -> Vec<T> { sorted_set_range(self, from, to) }
                /// The values in order: what `for` goes over.
                pub fn iter(self) -> Vec<T> { sorted_set_values(self) }
            }

            /// A double-ended queue (a ring buffer): a queue with push_back and pop_front, a stack with push_back
            /// and pop_back; prints as a Vec, front first.
            pub struct Deque<T> {}

            impl<T> Deque<T> {
                pub fn new() -> Deque<T> { deque() }
                pub fn push_back(self, value: T) { deque_push_back(self, value) }
                pub fn push_front(self, value: T) { deque_push_front(self, value) }
                pub fn pop_back(self) -> Option<T> { deque_pop_back(self) }
                pub fn pop_front(self) -> Option<T> { deque_pop_front(self) }
                pub fn front(self) -> Option<T> { deque_front(self) }
                pub fn back(self) -> Option<T> { deque_back(self) }
                pub fn len(self) -> Int { deque_len(self) }
                pub fn is_empty(self) -> Bool { deque_len(self) == 0 }
                /// The values front to back: what `for` goes over.
                pub fn iter(self) -> Vec<T> { deque_values(self) }
            }

            /// A priority queue (a binary heap): `pop` gives the smallest value first (natural order, as `sort`),
            /// or the first by `with`'s comparison; prints as a Vec in the order `pop` would give.
            pub struct PriorityQueue<T> {}

            impl<T> PriorityQueue<T> {
                pub fn new() -> PriorityQueue<T> { priority_queue() }
                /// Ordered by `cmp`: negative if `a` comes out before `b`, 0 if either may, positive if after.
                pub fn with(cmp: fn(T, T) -> Int) -> PriorityQueue<T> { priority_queue_with(cmp) }
                pub fn push(self, value: T) { priority_queue_push(self, value) }
                pub fn pop(self) -> Option<T> { priority_queue_pop(self) }
                pub fn peek(self) -> Option<T> { priority_queue_peek(self) }
                pub fn len(self) -> Int { priority_queue_len(self) }
                pub fn is_empty(self) -> Bool { priority_queue_len(self) == 0 }
                /// The values in the order `pop` would give them, without taking them out: what `for` goes over.
                pub fn iter(self) -> Vec<T> { priority_queue_values(self) }
            }
            """;

    private static final Comparator<Object> NATURAL = Values::compare;

    public CollectionsModule() {
        super("std.collections", SOURCE, MethodHandles.lookup());
        function("sorted_map", "fn() -> SortedMap<K, V>", "sortedMap");
        function("sorted_map_insert", "fn(SortedMap<K, V>, K, V) -> Option<V>", "sortedMapInsert");
        function("sorted_map_get", "fn(SortedMap<K, V>, K) -> Option<V>", "sortedMapGet");
        function("sorted_map_remove", "fn(SortedMap<K, V>, K) -> Option<V>", "sortedMapRemove");
        function("sorted_map_contains_key", "fn(SortedMap<K, V>, K) -> Bool", "sortedMapContainsKey");
        function("sorted_map_len", "fn(SortedMap<K, V>) -> Int", "sortedMapLen");
        function("sorted_map_first", "fn(SortedMap<K, V>) -> Option<(K, V)>", "sortedMapFirst");
        function("sorted_map_last", "fn(SortedMap<K, V>) -> Option<(K, V)>", "sortedMapLast");
        function("sorted_map_range", "fn(SortedMap<K, V>, K, K) -> Vec<(K, V)>", "sortedMapRange");
        function("sorted_map_keys", "fn(SortedMap<K, V>) -> Vec<K>", "sortedMapKeys");
        function("sorted_map_values", "fn(SortedMap<K, V>) -> Vec<V>", "sortedMapValues");
        function("sorted_map_entries", "fn(SortedMap<K, V>) -> Vec<(K, V)>", "sortedMapEntries");
        function("sorted_set", "fn() -> SortedSet<T>", "sortedSet");
        function("sorted_set_insert", "fn(SortedSet<T>, T) -> Bool", "sortedSetInsert");
        function("sorted_set_remove", "fn(SortedSet<T>, T) -> Bool", "sortedSetRemove");
        function("sorted_set_contains", "fn(SortedSet<T>, T) -> Bool", "sortedSetContains");
        function("sorted_set_len", "fn(SortedSet<T>) -> Int", "sortedSetLen");
        function("sorted_set_first", "fn(SortedSet<T>) -> Option<T>", "sortedSetFirst");
        function("sorted_set_last", "fn(SortedSet<T>) -> Option<T>", "sortedSetLast");
        function("sorted_set_range", "fn(SortedSet<T>, T, T) -> Vec<T>", "sortedSetRange");
        function("sorted_set_values", "fn(SortedSet<T>) -> Vec<T>", "sortedSetValues");
        function("deque", "fn() -> Deque<T>", "deque");
        function("deque_push_back", "fn(Deque<T>, T)", "dequePushBack");
        function("deque_push_front", "fn(Deque<T>, T)", "dequePushFront");
        function("deque_pop_back", "fn(Deque<T>) -> Option<T>", "dequePopBack");
        function("deque_pop_front", "fn(Deque<T>) -> Option<T>", "dequePopFront");
        function("deque_front", "fn(Deque<T>) -> Option<T>", "dequeFront");
        function("deque_back", "fn(Deque<T>) -> Option<T>", "dequeBack");
        function("deque_len", "fn(Deque<T>) -> Int", "dequeLen");
        function("deque_values", "fn(Deque<T>) -> Vec<T>", "dequeValues");
        function("priority_queue", "fn() -> PriorityQueue<T>", "priorityQueue");
        function("priority_queue_with", "fn(fn(T, T) -> Int) -> PriorityQueue<T>", "priorityQueueWith");
        function("priority_queue_push", "fn(PriorityQueue<T>, T)", "priorityQueuePush");
        function("priority_queue_pop", "fn(PriorityQueue<T>) -> Option<T>", "priorityQueuePop");
        function("priority_queue_peek", "fn(PriorityQueue<T>) -> Option<T>", "priorityQueuePeek");
        function("priority_queue_len", "fn(PriorityQueue<T>) -> Int", "priorityQueueLen");
        function("priority_queue_values", "fn(PriorityQueue<T>) -> Vec<T>", "priorityQueueValues");
    }

    @SuppressWarnings("unchecked")
    private static NavigableMap<Object, Object> map(Object m) {
        return (NavigableMap<Object, Object>) m;
    }

    @SuppressWarnings("unchecked")
    private static NavigableSet<Object> set(Object s) {
        return (NavigableSet<Object>) s;
    }

    private static EnumValue entry(Map.Entry<Object, Object> e) {
        return EnumValue.option(e == null ? null : pair(e.getKey(), e.getValue()));
    }

    private static Tuple pair(Object k, Object v) {
        return new Tuple(new Object[] {k, v});
    }

    static Object sortedMap() {
        return new TreeMap<>(NATURAL);
    }

    static Object sortedMapInsert(Object m, Object k, Object v) {
        return EnumValue.option(map(m).put(k, v));
    }

    static Object sortedMapGet(Object m, Object k) {
        return EnumValue.option(map(m).get(k));
    }

    static Object sortedMapRemove(Object m, Object k) {
        return EnumValue.option(map(m).remove(k));
    }

    static boolean sortedMapContainsKey(Object m, Object k) {
        return map(m).containsKey(k);
    }

    static long sortedMapLen(Object m) {
        return map(m).size();
    }

    static Object sortedMapFirst(Object m) {
        return entry(map(m).firstEntry());
    }

    static Object sortedMapLast(Object m) {
        return entry(map(m).lastEntry());
    }

    static Object sortedMapRange(Object m, Object from, Object to) {
        if (NATURAL.compare(from, to) >= 0) return new Vec();
        return entries(map(m).subMap(from, true, to, false));
    }

    static Object sortedMapKeys(Object m) {
        return Vec.copyOf(map(m).keySet());
    }

    static Object sortedMapValues(Object m) {
        return Vec.copyOf(map(m).values());
    }

    static Object sortedMapEntries(Object m) {
        return entries(map(m));
    }

    private static Vec entries(Map<Object, Object> m) {
        Vec out = new Vec(m.size());
        for (Map.Entry<Object, Object> e : m.entrySet()) out.add(pair(e.getKey(), e.getValue()));
        return out;
    }

    static Object sortedSet() {
        return new TreeSet<>(NATURAL);
    }

    static boolean sortedSetInsert(Object s, Object v) {
        return set(s).add(v);
    }

    static boolean sortedSetRemove(Object s, Object v) {
        return set(s).remove(v);
    }

    static boolean sortedSetContains(Object s, Object v) {
        return set(s).contains(v);
    }

    static long sortedSetLen(Object s) {
        return set(s).size();
    }

    static Object sortedSetFirst(Object s) {
        return EnumValue.option(set(s).isEmpty() ? null : set(s).first());
    }

    static Object sortedSetLast(Object s) {
        return EnumValue.option(set(s).isEmpty() ? null : set(s).last());
    }

    static Object sortedSetRange(Object s, Object from, Object to) {
        if (NATURAL.compare(from, to) >= 0) return new Vec();
        return Vec.copyOf(set(s).subSet(from, true, to, false));
    }

    static Object sortedSetValues(Object s) {
        return Vec.copyOf(set(s));
    }

    static Object deque() {
        return new DoubleEndedQueue();
    }

    static void dequePushBack(Object d, Object v) {
        ((DoubleEndedQueue) d).addLast(v);
    }

    static void dequePushFront(Object d, Object v) {
        ((DoubleEndedQueue) d).addFirst(v);
    }

    static Object dequePopBack(Object d) {
        return EnumValue.option(((DoubleEndedQueue) d).pollLast());
    }

    static Object dequePopFront(Object d) {
        return EnumValue.option(((DoubleEndedQueue) d).pollFirst());
    }

    static Object dequeFront(Object d) {
        return EnumValue.option(((DoubleEndedQueue) d).peekFirst());
    }

    static Object dequeBack(Object d) {
        return EnumValue.option(((DoubleEndedQueue) d).peekLast());
    }

    static long dequeLen(Object d) {
        return ((DoubleEndedQueue) d).size();
    }

    static Object dequeValues(Object d) {
        return Vec.copyOf((DoubleEndedQueue) d);
    }

    static Object priorityQueue() {
        return new Heap(NATURAL);
    }

    static Object priorityQueueWith(Object cmp) {
        FnValue f = (FnValue) cmp;
        return new Heap((a, b) -> Long.signum((Long) f.call(new Object[] {a, b})));
    }

    static void priorityQueuePush(Object q, Object v) {
        ((Heap) q).push(v);
    }

    static Object priorityQueuePop(Object q) {
        return EnumValue.option(((Heap) q).pop());
    }

    static Object priorityQueuePeek(Object q) {
        return EnumValue.option(((Heap) q).peek());
    }

    static long priorityQueueLen(Object q) {
        return ((Heap) q).size();
    }

    static Object priorityQueueValues(Object q) {
        return Vec.copyOf((Heap) q);
    }
}
