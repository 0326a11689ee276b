package org.tlang.tir;

/** A `static`, `static mut` or `const`: its initialiser runs once when its cell is created. */
public record TStatic(String name, Type type, boolean mutable, boolean isConst, boolean pub, TFunction init) {}
