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
        assertEquals(0, host.finish(reg.runMain(reg.load(f), List.of())), host.stderr());
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

    /** A native module with T source: its types are named by native signatures, its T code calls the natives. */
    private static NativeModule boxes() throws ReflectiveOperationException {
        var lookup = MethodHandles.lookup();
        List<NativeFunction> fns = List.of(
                new NativeFunction("twice", "fn(T) -> (T, T)",
                        lookup.findStatic(NativeModuleTest.class, "pair", MethodType.methodType(Object.class, Object.class))),
                new NativeFunction("size", "fn(Shape) -> Int",
                        lookup.findStatic(NativeModuleTest.class, "size", MethodType.methodType(long.class, Object.class))));
        return new NativeModule() {
            @Override
            public String name() {
                return "std.boxes";
            }

            @Override
            public List<NativeFunction> functions() {
                return fns;
            }

            @Override
            public String source() {
                return """
                        pub enum Shape { Dot, Line(Int) }
                        pub struct Box { shape: Shape }
                        pub static ORIGIN: Box = Box { shape: Shape::Dot };
                        pub fn measure(b: Box) -> Int { size(b.shape) + 100 }
                        """;
            }
        };
    }

    static Object pair(Object o) {
        return new org.tlang.runtime.Tuple(new Object[] {o, o});
    }

    static long size(Object shape) {
        org.tlang.runtime.EnumValue e = (org.tlang.runtime.EnumValue) shape;
        return e.variant() == 0 ? 0 : (Long) e.field(0);
    }

    /** std.log's pattern: {@code who} answers the name of the module that calls it. */
    public static final class Who extends org.tlang.spi.natives.JavaModule {
        Who(String form) {
            super("test.caller", """
                    pub fn who() -> Str { "test.caller" }
                    pub fn who_in(module: Str) -> Str { module }
                    pub fn wrong(module: Int) -> Str { "never" }
                    pub fn inside() -> Str { who() }
                    """, MethodHandles.lookup());
            callerForm("who", form);
        }
    }

    @Test
    void aCallerFormGetsTheNameOfTheModuleThatCalls() throws Exception {
        TestHost host = new TestHost();
        ModuleRegistry reg = new ModuleRegistry(host);
        reg.addNative(new Who("who_in"));
        Files.writeString(dir.resolve("shop.t"), """
                import test.caller;
                pub fn name() -> Str { caller.who() }
                """);
        Path f = dir.resolve("app.t");
        Files.writeString(f, """
                import test.caller;
                import test.caller.{who};
                import shop;
                fn main() {
                    let f = caller.who;
                    println("{caller.who()} {who()} {shop.name()} {f()} {caller.inside()}");
                }
                """);
        assertEquals(0, host.finish(reg.runMain(reg.load(f), List.of())), host.stderr());
        assertEquals("app app shop test.caller test.caller\n", host.stdout());
    }

    @Test
    void aCallerFormThatDoesNotTakeTheCallerFirstIsRefused() {
        ModuleRegistry reg = new ModuleRegistry(new TestHost());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> reg.addNative(new Who("wrong")));
        assertEquals("test.caller.wrong must be who with a Str first", e.getMessage());
    }

    @Test
    void nativeModulesDeclareTypesInTSource() throws Exception {
        TestHost host = new TestHost();
        ModuleRegistry reg = new ModuleRegistry(host);
        reg.addNative(boxes());
        Path f = dir.resolve("shapes.t");
        Files.writeString(f, """
                import std.boxes;
                import std.boxes.{Box, Shape};
                fn main() {
                    let b = Box { shape: Shape::Line(7) };
                    println(boxes.measure(b));
                    println(boxes.size(boxes.ORIGIN.shape));
                    let (x, y) = boxes.twice("a");
                    println(x + y);
                    match b.shape { Shape::Line(n) => println(n), Shape::Dot => println("dot") }
                }
                """);
        assertEquals(0, host.finish(reg.runMain(reg.load(f), List.of())), host.stderr());
        assertEquals("107\n0\naa\n7\n", host.stdout());
    }

    @Test
    void nativeModulesCompileWhenFirstImportedInAnyOrder() throws Exception {
        NativeModule user = new NativeModule() {
            @Override
            public String name() {
                return "std.user";
            }

            @Override
            public List<NativeFunction> functions() {
                return List.of();
            }

            @Override
            public String source() {
                return "import std.boxes.{Box, Shape};\npub fn line(n: Int) -> Box { Box { shape: Shape::Line(n) } }\n";
            }
        };
        NativeModule broken = new NativeModule() {
            @Override
            public String name() {
                return "std.broken";
            }

            @Override
            public List<NativeFunction> functions() {
                return List.of();
            }

            @Override
            public String source() {
                return "pub fn f() -> Int { \"x\" }\n";
            }
        };
        TestHost host = new TestHost();
        ModuleRegistry reg = new ModuleRegistry(host);
        reg.addNatives(List.of(user, broken, boxes()));
        Path f = dir.resolve("u.t");
        Files.writeString(f, "import std.user;\nimport std.boxes;\nfn main() { println(boxes.measure(user.line(5))); }\n");
        assertEquals(0, host.finish(reg.runMain(reg.load(f), List.of())), host.stderr());
        assertEquals("105\n", host.stdout());
        assertEquals("", host.stderr());

        // a native module that does not compile: its import fails, and why is on stderr
        Path g = dir.resolve("b.t");
        Files.writeString(g, "import std.broken;\nfn main() { println(broken.f()); }\n");
        CompileException e = assertThrows(CompileException.class, () -> reg.load(g));
        org.junit.jupiter.api.Assertions.assertTrue(e.render().contains("cannot find module `std.broken`"), e.render());
        org.junit.jupiter.api.Assertions.assertTrue(host.stderr().contains("native module std.broken does not compile"), host.stderr());
        org.junit.jupiter.api.Assertions.assertTrue(host.stderr().contains("<std.broken>:1:"), host.stderr());
    }
}
