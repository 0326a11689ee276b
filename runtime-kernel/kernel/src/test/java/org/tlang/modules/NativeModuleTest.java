package org.tlang.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlang.spi.natives.NativeFunction;
import org.tlang.spi.natives.NativeModule;
import org.tlang.testing.TestHost;

class NativeModuleTest {
    @TempDir
    Path dir;

    static String shout(String s) {
        return s.toUpperCase() + "!";
    }

    private static NativeModule math() throws ReflectiveOperationException {
        var lookup = MethodHandles.lookup();
        List<NativeFunction> fns = List.of(
                new NativeFunction("hypot", "fn(Float, Float) -> Float",
                        lookup.findStatic(Math.class, "hypot", MethodType.methodType(double.class, double.class, double.class))),
                new NativeFunction("shout", "fn(Str) -> Str",
                        lookup.findStatic(NativeModuleTest.class, "shout", MethodType.methodType(String.class, String.class))));
        return new NativeModule() {
            @Override
            public String name() {
                return "std.demo";
            }

            @Override
            public List<NativeFunction> functions() {
                return fns;
            }
        };
    }

    @Test
    void importedNativeFunctionsAreCalledThroughCells() throws Exception {
        TestHost host = new TestHost();
        ModuleRegistry reg = new ModuleRegistry(host);
        reg.addNative(math());
        Path f = dir.resolve("app.t");
        Files.writeString(f, """
                import std.demo;
                import std.demo.{shout};
                fn main() { println(demo.hypot(3.0, 4.0)); println(shout("hi")); }
                """);
        assertEquals(0, reg.runMain(reg.load(f), List.of()), host.stderr());
        assertEquals("5.0\nHI!\n", host.stdout());
    }

    @Test
    void nativeSignaturesAreChecked() throws Exception {
        ModuleRegistry reg = new ModuleRegistry(new TestHost());
        reg.addNative(math());
        Path f = dir.resolve("bad.t");
        Files.writeString(f, "import std.demo;\nfn main() { demo.hypot(\"x\", 1.0); }\n");
        CompileException e = assertThrows(CompileException.class, () -> reg.load(f));
        assertEquals("type mismatch: expected Float, found Str", e.diagnostics().getFirst().message());
    }
}
