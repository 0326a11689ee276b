package org.tlang.testing;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import org.tlang.spi.ffi.ForeignLinker;

/** The plainest linker on java.lang.foreign, for programs of the kernel's tests (the runtime's is the ffi-panama bundle). */
public final class TestLinker implements ForeignLinker {
    @Override
    public MethodHandle link(String library, String symbol, FunctionDescriptor descriptor) {
        return Linker.nativeLinker().downcallHandle(find(library, symbol), descriptor);
    }

    @Override
    public MethodHandle linkVariadic(String library, String symbol, FunctionDescriptor descriptor, int firstVariadic) {
        return Linker.nativeLinker().downcallHandle(find(library, symbol), descriptor, Linker.Option.firstVariadicArg(firstVariadic));
    }

    private static MemorySegment find(String library, String symbol) {
        SymbolLookup lookup = SymbolLookup.libraryLookup(library, Arena.global());
        return lookup.find(symbol).orElseThrow(() -> new IllegalArgumentException("no symbol " + symbol + " in " + library));
    }
}
