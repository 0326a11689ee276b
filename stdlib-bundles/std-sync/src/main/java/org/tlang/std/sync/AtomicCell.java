package org.tlang.std.sync;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The value of an {@code AtomicInt}. It prints as its number and compares by it, so an
 * {@code AtomicInt} prints and compares as it did when it was a struct with an Int field.
 */
final class AtomicCell extends AtomicLong {
    AtomicCell(long value) {
        super(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AtomicCell c && c.get() == get();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(get());
    }
}
