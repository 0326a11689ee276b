package org.tlang.std.collections;

import java.util.ArrayDeque;
import java.util.Arrays;

/** A {@code Deque<T>}: an ArrayDeque that compares and hashes by its items in order, as a Vec does. */
final class DoubleEndedQueue extends ArrayDeque<Object> {
    @Override
    public boolean equals(Object o) {
        return o instanceof DoubleEndedQueue d && Arrays.equals(toArray(), d.toArray());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(toArray());
    }
}
