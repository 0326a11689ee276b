package org.tlang.tir;

/**
 * A local variable of one function. {@code index} is unique in its function; parameter i has
 * index i. A {@code boxed} local is captured by a closure and assigned somewhere, so it lives in a
 * shared mutable box that the function and its closures all see.
 */
public record TLocal(int index, String name, Type type, boolean mutable, boolean boxed) {}
