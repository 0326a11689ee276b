package org.tlang.spi.natives;

import java.lang.invoke.MethodHandle;

/**
 * One function of a {@link NativeModule}.
 *
 * @param name      the T name, e.g. {@code sqrt}
 * @param signature the T function type, e.g. {@code fn(Float) -> Float}
 * @param handle    takes and returns the runtime representation of those T types
 */
public record NativeFunction(String name, String signature, MethodHandle handle) {}
