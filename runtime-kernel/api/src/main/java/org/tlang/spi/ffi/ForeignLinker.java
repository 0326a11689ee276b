package org.tlang.spi.ffi;

import java.lang.foreign.FunctionDescriptor;
import java.lang.invoke.MethodHandle;

/** Binds a C function of a shared library to a method handle ({@code java.lang.foreign}). */
public interface ForeignLinker {

    /**
     * @param library a library name or path as written in {@code extern "libm.so.6"}
     * @throws IllegalArgumentException naming the library or symbol that cannot be found
     */
    MethodHandle link(String library, String symbol, FunctionDescriptor descriptor);
}
