package org.tlang.runtime;

import java.util.Arrays;

public final class Tuple {
    final Object[] items;

    public Tuple(Object[] items) {
        this.items = items;
    }

    public Object get(int i) {
        return items[i];
    }

    public int size() {
        return items.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tuple t && Arrays.equals(items, t.items);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(items);
    }

    @Override
    public String toString() {
        return Printer.show(this);
    }
}
