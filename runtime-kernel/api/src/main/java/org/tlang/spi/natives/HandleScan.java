package org.tlang.spi.natives;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongPredicate;
import org.tlang.runtime.Box;
import org.tlang.runtime.EnumValue;
import org.tlang.runtime.FnValue;
import org.tlang.runtime.Frame;
import org.tlang.runtime.StructShape;
import org.tlang.runtime.StructValue;
import org.tlang.runtime.Tuple;
import org.tlang.runtime.Vec;

/**
 * Finds the resource ids a T value holds at any depth: the id fields of the native handle structs
 * ({@code TcpStream { id, .. }}) inside structs, enums, tuples, Vecs, Maps, Sets, closures'
 * captures and by-reference cells. Iterative (a long linked list does not overflow the stack) and
 * safe on cycles. Channels and tasks are not looked into: what is in them is not handed on.
 */
final class HandleScan {
    private static final int[] NONE = new int[0];
    /** Declared handle structs: their id field names, by qualified struct name. */
    private final Map<String, List<String>> declared = new ConcurrentHashMap<>();
    /** The id field indexes of each struct seen, by qualified name (empty if it is not a handle). */
    private final Map<String, int[]> fields = new ConcurrentHashMap<>();

    void declare(String struct, List<String> idFields) {
        declared.put(struct, List.copyOf(idFields));
        fields.remove(struct);
    }

    boolean declares(String struct) {
        return declared.containsKey(struct);
    }

    /** Calls {@code each} with the ids {@code handle}'s own id fields hold (none if it is not a handle). */
    void forEachOwnId(StructValue handle, java.util.function.LongConsumer each) {
        for (int i : idFields(handle.shape())) each.accept(handle.getLong(i));
    }

    /** Calls {@code took} with each id found until it has returned true {@code wanted} times. */
    void forEachId(Object value, int wanted, LongPredicate took) {
        if (declared.isEmpty()) return;
        ArrayDeque<Object> work = new ArrayDeque<>();
        IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
        work.push(value);
        int taken = 0;
        while (!work.isEmpty() && taken < wanted) {
            Object v = work.pop();
            if (v instanceof String || v instanceof Long || v instanceof Double || v instanceof Boolean) continue;
            if (seen.put(v, Boolean.TRUE) != null) continue;
            switch (v) {
                case StructValue s -> {
                    for (int i : idFields(s.shape())) {
                        if (took.test(s.getLong(i))) taken++;
                    }
                    for (int i = 0; i < s.size(); i++) push(work, s.get(i));
                }
                case EnumValue e -> {
                    for (int i = 0; i < e.arity(); i++) push(work, e.field(i));
                }
                case Tuple t -> {
                    for (int i = 0; i < t.size(); i++) push(work, t.get(i));
                }
                case Vec vec -> {
                    if (vec.storageKind().equals("ref")) for (int i = 0; i < vec.size(); i++) push(work, vec.getRef(i));
                }
                case Map<?, ?> m -> {
                    for (Map.Entry<?, ?> en : m.entrySet()) {
                        push(work, en.getKey());
                        push(work, en.getValue());
                    }
                }
                case Collection<?> c -> {
                    for (Object x : c) push(work, x);
                }
                case Box b -> push(work, b.value);
                case FnValue f -> {
                    for (Object x : f.captures()) push(work, x);
                }
                case Frame f -> {
                    for (Object x : f.refs) push(work, x);
                }
                case Object[] items -> {
                    for (Object x : items) push(work, x);
                }
                default -> {
                    // a number, a string, a channel end, a task, a native object: nothing handed on in it
                }
            }
        }
    }

    private static void push(ArrayDeque<Object> work, Object v) {
        if (v != null) work.push(v);
    }

    private int[] idFields(StructShape shape) {
        return fields.computeIfAbsent(shape.name(), name -> {
            List<String> ids = declared.get(name);
            if (ids == null) return NONE;
            return ids.stream().mapToInt(f -> shape.fieldNames().indexOf(f)).filter(i -> i >= 0).toArray();
        });
    }
}
