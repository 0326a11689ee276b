package org.tlang.ffi.counting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import org.junit.jupiter.api.Test;

class CountingLinkerTest {
    @Test
    void countsEachCallPerFunction() throws Throwable {
        CountingLinker linker = new CountingLinker();
        MethodHandle abs = linker.link("libc.so.6", "abs", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
        for (int i = 0; i < 3; i++) assertEquals(4, (int) abs.invokeExact(-4));
        assertEquals(3L, linker.metrics().get("calls.abs"));
        assertEquals(3L, linker.metrics().get("calls"));
    }
}
