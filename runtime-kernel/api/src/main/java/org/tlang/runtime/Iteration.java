package org.tlang.runtime;

import java.util.Collection;
import java.util.Map;

/** What a `for` loop goes over, for the collections whose items it takes all at once. */
public final class Iteration {
    private Iteration() {}

    /**
     * The items of a Str (its characters), a Map (its (key, value) pairs) or a Set, as they are when
     * the loop begins: changing the collection in the loop's body does not change the loop. (A Vec
     * and Bytes are gone over by index, so items pushed in the body are seen.)
     */
    public static Object[] snapshot(Object iterable) {
        if (iterable instanceof String s) return s.codePoints().mapToObj(Character::toString).toArray();
        if (iterable instanceof Map<?, ?> m) {
            Object[] items = new Object[m.size()];
            int i = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) items[i++] = new Tuple(new Object[] {e.getKey(), e.getValue()});
            return items;
        }
        return ((Collection<?>) iterable).toArray();
    }
}
