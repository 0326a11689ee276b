package org.tlang.ffi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tlang.modules.ModuleRegistry;
import org.tlang.testing.TRunner;
import org.tlang.testing.TestHost;

/** extern functions of libc and libm through the kernel's marshalling, on the interpreter. */
class ForeignFunctionTest {

    @Test
    void scalarsAndStrings() {
        String out = TRunner.output("""
                extern "libm.so.6" { fn cos(x: c_double) -> c_double; fn frexp(x: c_double, exp: Vec<c_int>) -> c_double; }
                extern "libc.so.6" {
                    fn strlen(s: CStr) -> c_size_t;
                    fn getpid() -> c_int;
                    fn abs(n: c_int) -> c_int;
                    fn getenv(name: CStr) -> Ptr;
                }
                fn main() {
                    println(cos(0.0));
                    println(strlen("héllo"));
                    println(getpid() > 0);
                    println(abs(-7));
                    println(getenv("TLANG_SURELY_UNSET_VARIABLE").is_null());
                    let e = [0];
                    println(frexp(8.0, e));
                    println(e);
                }
                """);
        assertEquals("1.0\n6\ntrue\n7\ntrue\n0.5\n[4]\n", out);
    }

    @Test
    void aPubExternFnIsCalledFromAnotherModule() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("ffi");
        java.nio.file.Files.writeString(dir.resolve("t.toml"), "name = \"app\"\nversion = \"0.1.0\"\n");
        java.nio.file.Files.createDirectories(dir.resolve("src/app"));
        java.nio.file.Files.writeString(dir.resolve("src/app/clib.t"), """
                extern "libc.so.6" {
                    pub fn labs(n: c_long) -> c_long;
                    pub fn snprintf(buf: Vec<c_char>, n: c_size_t, fmt: CStr, ...) -> c_int;
                }
                """);
        java.nio.file.Files.writeString(dir.resolve("src/app/main.t"), """
                import app.clib;
                fn main() {
                    println(clib.labs(-3));
                    let buf = Vec::with(8, 0);
                    println(clib.snprintf(buf, 8, "%ld", 77));
                }
                """);
        TRunner.Result r = TRunner.runFile(dir.resolve("src/app/main.t"));
        assertEquals(0, r.exit(), r.err());
        assertEquals("3\n2\n", r.out());
    }

    @Test
    void qsortCallsATComparator() {
        String out = TRunner.output("""
                extern "libc.so.6" { fn qsort(base: Vec<c_int>, n: c_size_t, size: c_size_t, cmp: fn(Ptr, Ptr) -> c_int); }
                fn main() {
                    let v = [5, 3, 9, 1, 7];
                    let calls = Vec::new();
                    qsort(v, v.len(), 4, |a, b| { calls.push(1); a.read_c_int(0) - b.read_c_int(0) });
                    println(v);
                    println(calls.len() > 0);
                }
                """);
        assertEquals("[1, 3, 5, 7, 9]\ntrue\n", out);
    }

    @Test
    void variadicCalls() {
        String out = TRunner.output("""
                extern "libc.so.6" { fn snprintf(buf: Vec<c_char>, n: c_size_t, fmt: CStr, ...) -> c_int; }
                fn main() {
                    let buf = Vec::with(32, 0);
                    let n = snprintf(buf, 32, "%ld-%s-%.1f", 42, "x", 2.5);
                    let s = buf.slice(0, n).map(|c: Int| -> Str { if c == 52 { "4" } else { "." } }).join("");
                    println("{n} {s}");
                    let f = snprintf;
                    println(f(buf, 32, "plain"));
                }
                """);
        assertEquals("8 4.......\n5\n", out);
    }

    @Test
    void aPanicInACallbackComesBackAsAPanicWithItsTrace() {
        TRunner.Result r = TRunner.run("""
                extern "libc.so.6" { fn qsort(base: Vec<c_int>, n: c_size_t, size: c_size_t, cmp: fn(Ptr, Ptr) -> c_int); }
                fn compare(a: Ptr, b: Ptr) -> c_int { panic("no order today") }
                fn main() {
                    let v = [2, 1];
                    qsort(v, 2, 4, compare);
                    println("not reached");
                }
                """);
        assertEquals(101, r.exit(), r.err());
        assertTrue(r.err().startsWith("panic: no order today\n"), r.err());
        assertTrue(r.err().contains("at main.compare (") && r.err().contains("at main.main ("), r.err());
        assertEquals("", r.out());
    }

    @Test
    void badLibrariesSymbolsAndTypesAreCompileErrors() {
        TRunner.Result lib = TRunner.run("extern \"libnothere.so.9\" { fn f() -> c_int; }\nfn main() { f(); }\n");
        assertEquals(1, lib.exit());
        assertTrue(lib.err().contains("error: cannot link extern fn `f`: Cannot open library: libnothere.so.9\n --> main.t:1:28"), lib.err());
        TRunner.Result sym = TRunner.run("extern \"libc.so.6\" {\n    fn no_such_function_here() -> c_int;\n}\nfn main() {}\n");
        assertEquals(1, sym.exit());
        assertTrue(sym.err().contains("error: cannot link extern fn `no_such_function_here`: no symbol no_such_function_here in libc.so.6\n --> main.t:2:5"),
                sym.err());
        TRunner.Result type = TRunner.run("extern \"libc.so.6\" { fn f(m: Map<Int, Int>) -> c_int; }\nfn main() {}\n");
        assertEquals(1, type.exit());
        assertTrue(type.err().contains("`Map<Int, Int>` is not a C type"), type.err());
    }

    @Test
    void whatCHasNotIsNamed() {
        TRunner.Result field = TRunner.run("#[repr(C)]\nstruct S { name: Str }\nfn main() {}\n");
        assertTrue(field.err().contains("`Str` is not a C type (write CStr for a NUL-terminated copy)"), field.err());
        TRunner.Result plain = TRunner.run("struct S { x: c_int }\nextern \"libc.so.6\" { fn f(s: Ptr<S>); }\nfn main() {}\n");
        assertTrue(plain.err().contains("`Ptr<..>` takes a #[repr(C)] struct of this module"), plain.err());
        TRunner.Result vararg = TRunner.run("extern \"libc.so.6\" { fn printf(f: CStr, ...) -> c_int; }\nfn main() { printf(\"%d\", true); }\n");
        assertTrue(vararg.err().contains("a variadic argument of a C function is an Int (passed as c_long), a Float (c_double), a Str (CStr) or a Ptr, not Bool"),
                vararg.err());
        TRunner.Result range = TRunner.run("extern \"libc.so.6\" { fn abs(n: c_int) -> c_int; }\nfn main() { abs(1 << 40); }\n");
        assertEquals(101, range.exit());
        assertTrue(range.err().startsWith("panic: 1099511627776 does not fit c_int\n"), range.err());
    }

    @Test
    void withoutTheGrantACallPanicsAndNoLibraryIsOpened() throws Exception {
        TestHost host = new TestHost();
        host.deny("ffi");
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("ffi");
        java.nio.file.Path file = dir.resolve("main.t");
        java.nio.file.Files.writeString(file, "extern \"libnothere.so.1\" { fn f() -> c_int; }\nfn main() { println(\"before\"); f(); }\n");
        ModuleRegistry registry = new ModuleRegistry(host);
        int exit = host.finish(registry.runMain(registry.load(file), java.util.List.of()));
        assertEquals(101, exit);
        assertEquals("before\n", host.stdout());
        assertTrue(host.stderr().startsWith("panic: PermissionDenied: ffi libnothere.so.1: not granted (extern fn f)\n"), host.stderr());
    }

    @Test
    void theCopiesOfArraysComeFromTheProgramsAllocatorUnderItsQuota() throws Exception {
        TestHost host = new TestHost();
        host.memoryCap(1000);
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("ffi");
        java.nio.file.Path file = dir.resolve("main.t");
        java.nio.file.Files.writeString(file, """
                extern "libc.so.6" { fn memset(buf: Vec<c_char>, c: c_int, n: c_size_t) -> Ptr; }
                fn main() {
                    let small = Vec::with(4, 0);
                    memset(small, 65, 4);
                    println(small);
                    let big = Vec::with(2000, 0);
                    memset(big, 65, 2000);
                }
                """);
        ModuleRegistry registry = new ModuleRegistry(host);
        int exit = host.finish(registry.runMain(registry.load(file), java.util.List.of()));
        assertEquals(101, exit);
        assertEquals("[65, 65, 65, 65]\n", host.stdout());
        assertTrue(host.stderr().startsWith("panic: extern fn memset: allocator quota exceeded: 2000 bytes asked with 0 of max-bytes = 1000 in use\n"),
                host.stderr());
    }

    @Test
    void aSwappedLinkerServesTheNextCalls() throws Exception {
        TestHost host = new TestHost();
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("ffi");
        java.nio.file.Path file = dir.resolve("main.t");
        java.nio.file.Files.writeString(file, "extern \"libc.so.6\" { pub fn labs(n: c_long) -> c_long; }\npub fn twice() -> Int { labs(-2) }\n");
        ModuleRegistry registry = new ModuleRegistry(host);
        registry.load(file);
        assertEquals("2", registry.call("main", "twice"));
        host.swapLinker(null);
        registry.relinkForeign();
        org.tlang.runtime.PanicException p = org.junit.jupiter.api.Assertions.assertThrows(org.tlang.runtime.PanicException.class,
                () -> registry.call("main", "twice"));
        assertTrue(p.getMessage().startsWith("extern fn labs: no ffi subsystem is bound"), p.getMessage());
        host.swapLinker(new org.tlang.testing.TestLinker());
        registry.relinkForeign();
        assertEquals("2", registry.call("main", "twice"));
    }

    @Test
    void aRunningProgramCallsThroughTheLinkerSwappedIn() throws Exception {
        TestHost host = new TestHost();
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("ffi");
        java.nio.file.Path file = dir.resolve("main.t");
        java.nio.file.Files.writeString(file, """
                extern "libc.so.6" { fn labs(n: c_long) -> c_long; }
                fn main() {
                    let mut total = 0;
                    for i in 0..300 { total += labs(-i); sleep(2); }
                    println(total);
                }
                """);
        java.util.concurrent.atomic.AtomicLong counted = new java.util.concurrent.atomic.AtomicLong();
        org.tlang.testing.TestLinker plain = new org.tlang.testing.TestLinker();
        java.lang.invoke.MethodHandle count = java.lang.invoke.MethodHandles.lookup().findVirtual(java.util.concurrent.atomic.AtomicLong.class,
                "incrementAndGet", java.lang.invoke.MethodType.methodType(long.class)).bindTo(counted)
                .asType(java.lang.invoke.MethodType.methodType(void.class));
        org.tlang.spi.ffi.ForeignLinker counting = (library, symbol, d) -> java.lang.invoke.MethodHandles.foldArguments(plain.link(library, symbol, d), count);
        ModuleRegistry registry = new ModuleRegistry(host);
        org.tlang.modules.LoadedModule m = registry.load(file);
        java.util.concurrent.CompletableFuture<Integer> run = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> host.finish(registry.runMain(m, java.util.List.of())));
        Thread.sleep(150);
        host.swapLinker(counting);
        registry.relinkForeign();
        assertEquals(0, run.get());
        assertEquals("44850\n", host.stdout());
        assertTrue(counted.get() > 0 && counted.get() < 300, "counted " + counted.get());
    }

    @Test
    void aNullPtrDereferencedPanics() {
        TRunner.Result r = TRunner.run("""
                extern "libc.so.6" { fn getenv(name: CStr) -> Ptr; }
                fn main() { println(getenv("TLANG_SURELY_UNSET_VARIABLE").read_cstr()); }
                """);
        assertEquals(101, r.exit(), r.err());
        assertTrue(r.err().startsWith("panic: null Ptr dereferenced\n"), r.err());
        assertTrue(r.err().contains("at main.main (") , r.err());
    }
}
