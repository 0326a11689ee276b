package org.tlang.spi.ffi;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/**
 * Binds C functions of shared libraries to method handles ({@code java.lang.foreign}), and T
 * callbacks to C function pointers. The kernel links each {@code extern} function of a program
 * once, when its module loads (and again with the linker bound after a swap), never per call; it
 * marshals T values to the C types of the descriptor itself.
 */
public interface ForeignLinker {

    /**
     * @param library a library name or path as written in {@code extern "libm.so.6"}
     * @throws IllegalArgumentException naming the library or symbol that cannot be found
     */
    MethodHandle link(String library, String symbol, FunctionDescriptor descriptor);

    /**
     * A variadic C function ({@code printf}) for one list of argument layouts: {@code descriptor}
     * has the fixed parameters first, the variadic ones from {@code firstVariadic} on.
     *
     * @throws IllegalArgumentException naming the library or symbol that cannot be found
     */
    default MethodHandle linkVariadic(String library, String symbol, FunctionDescriptor descriptor, int firstVariadic) {
        throw new IllegalArgumentException("this linker cannot call variadic C functions (" + symbol + ")");
    }

    /**
     * A C function pointer that calls {@code target} (of {@code descriptor.toMethodType()}), valid
     * while {@code arena} is open. {@code target} must not throw: the JVM ends the process if an
     * exception leaves an upcall.
     */
    default MemorySegment upcall(MethodHandle target, FunctionDescriptor descriptor, Arena arena) {
        return Linker.nativeLinker().upcallStub(target, descriptor, arena);
    }
}
