package org.tlang.spi.natives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import org.junit.jupiter.api.Test;

class JavaModuleTest {

    static final class Counter extends JavaModule {
        private long count;

        Counter() {
            super("test.counter", "pub struct Unused { x: Int }", MethodHandles.lookup());
            function("shout", "fn(Str) -> Str", "shout");
            function("add", "fn(Int) -> Int", "add");
        }

        static String shout(String s) {
            return s.toUpperCase();
        }

        long add(long n) {
            return count += n;
        }

        static void twice(long n) {}

        static void twice(String s) {}
    }

    @Test
    void aModuleIsItsNameSourceAndFunctions() throws Throwable {
        Counter module = new Counter();
        assertEquals("test.counter", module.name());
        assertEquals("pub struct Unused { x: Int }", module.source());
        List<NativeFunction> functions = module.functions();
        assertEquals(List.of("shout", "add"), functions.stream().map(NativeFunction::name).toList());
        assertEquals("fn(Str) -> Str", functions.get(0).signature());
        assertThrows(UnsupportedOperationException.class, () -> functions.add(functions.get(0)));
    }

    @Test
    void aStaticMethodIsCalledWithTheTypesItDeclares() throws Throwable {
        NativeFunction shout = new Counter().functions().get(0);
        assertEquals(MethodType.methodType(String.class, String.class), shout.handle().type());
        assertEquals("HI", (String) shout.handle().invokeExact("hi"));
    }

    @Test
    void anInstanceMethodIsCalledOnTheModule() throws Throwable {
        NativeFunction add = new Counter().functions().get(1);
        assertEquals(MethodType.methodType(long.class, long.class), add.handle().type());
        assertEquals(2L, (long) add.handle().invokeExact(2L));
        assertEquals(5L, (long) add.handle().invokeExact(3L));
    }

    @Test
    void aMethodMustBeUniqueByName() {
        Counter module = new Counter();
        var missing = assertThrows(IllegalArgumentException.class, () -> module.function("f", "fn()", "absent"));
        assertTrue(missing.getMessage().contains("has 0 methods called absent"), missing.getMessage());
        var overloaded = assertThrows(IllegalArgumentException.class, () -> module.function("twice", "fn(Int)", "twice"));
        assertTrue(overloaded.getMessage().contains("has 2 methods called twice"), overloaded.getMessage());
    }
}
