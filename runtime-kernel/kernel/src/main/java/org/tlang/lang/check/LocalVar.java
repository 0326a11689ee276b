package org.tlang.lang.check;

import org.tlang.tir.Type;

/**
 * A local binding found by the checker. A closure that uses a local of an enclosing function
 * gets its own proxy LocalVar whose {@link #origin} is the captured one.
 */
public final class LocalVar {
    final String name;
    final Type type;
    final boolean mutable;
    final int index;
    final LocalVar origin;
    boolean captured;

    LocalVar(String name, Type type, boolean mutable, int index, LocalVar origin) {
        this.name = name;
        this.type = type;
        this.mutable = mutable;
        this.index = index;
        this.origin = origin;
    }

    public String name() {
        return name;
    }

    public Type type() {
        return type;
    }

    public int index() {
        return index;
    }

    public boolean mutable() {
        return mutable;
    }

    LocalVar root() {
        LocalVar v = this;
        while (v.origin != null) v = v.origin;
        return v;
    }

    /** Shared through a box: captured by some closure and mutable. */
    public boolean boxed() {
        LocalVar r = root();
        return r.captured && r.mutable;
    }
}
