package org.tlang.spi.natives;

import java.util.List;

/**
 * A T module whose functions are written in Java, e.g. {@code std.math}. Registered as a service;
 * {@code import std.math;} binds to the one whose {@link #name()} matches.
 */
public interface NativeModule {

    /** The module path T code imports, e.g. {@code std.math}. */
    String name();

    List<NativeFunction> functions();
}
