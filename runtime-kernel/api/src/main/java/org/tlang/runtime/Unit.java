package org.tlang.runtime;

/** The value {@code ()}. */
public final class Unit {
    public static final Unit VALUE = new Unit();

    private Unit() {}

    @Override
    public String toString() {
        return "()";
    }
}
