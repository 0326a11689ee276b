package org.tlang.ffi.panama;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import org.junit.jupiter.api.Test;

class PanamaLinkerTest {
    private final PanamaLinker linker = new PanamaLinker();

    @Test
    void linksLibcAndLibmOnce() throws Throwable {
        MethodHandle strlen = linker.link("libc.so.6", "strlen", FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.ADDRESS));
        try (Arena a = Arena.ofConfined()) {
            assertEquals(5L, (long) strlen.invokeExact(a.allocateFrom("hello")));
        }
        MethodHandle cos = linker.link("libm.so.6", "cos", FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE));
        assertEquals(1.0, (double) cos.invokeExact(0.0));
        linker.link("libc.so.6", "getpid", FunctionDescriptor.of(ValueLayout.JAVA_INT));
        assertEquals(2, linker.metrics().get("libraries"));
        assertEquals(3L, linker.metrics().get("functions-linked"));
    }

    @Test
    void aMissingLibraryOrSymbolIsNamed() {
        FunctionDescriptor d = FunctionDescriptor.ofVoid();
        String lib = assertThrows(IllegalArgumentException.class, () -> linker.link("libnothere.so.9", "f", d)).getMessage();
        assertTrue(lib.startsWith("cannot open library libnothere.so.9"), lib);
        String path = assertThrows(IllegalArgumentException.class, () -> linker.link("/nowhere/libx.so", "f", d)).getMessage();
        assertTrue(path.contains("no such file"), path);
        assertEquals("libc.so.6 has no symbol `no_such_fn`",
                assertThrows(IllegalArgumentException.class, () -> linker.link("libc.so.6", "no_such_fn", d)).getMessage());
    }
}
