package org.tlang.spi.natives;

import java.lang.invoke.MethodHandle;

/**
 * One function of a {@link NativeModule}.
 *
 * @param name      the T name, e.g. {@code sqrt}
 * @param signature the T function type, e.g. {@code fn(Float) -> Float}; it may name the types the
 *                  module's {@link NativeModule#source() source} declares ({@code fn(Json) -> Str}),
 *                  and a single capital letter that is not such a type is a type parameter
 *                  ({@code fn(Mutex<T>, fn() -> R) -> R})
 * @param handle    takes and returns the runtime representation of those T types (see the
 *                  {@link org.tlang.runtime} package: Int is {@code long}, Float {@code double},
 *                  Bool {@code boolean}, a {@code ()} result is {@code void}, everything else an
 *                  {@code Object}); it is called on whatever thread runs the T caller
 */
public record NativeFunction(String name, String signature, MethodHandle handle) {}
