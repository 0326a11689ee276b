package org.tlang.runtime;

/** The shared cell of a local that closures capture by reference. */
public final class Box {
    public Object value;

    public Box(Object value) {
        this.value = value;
    }
}
