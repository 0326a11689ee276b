package org.tlang.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlang.api.Context;
import org.tlang.api.ContextOptions;
import org.tlang.api.Limits;
import org.tlang.api.TlangException;
import org.tlang.api.TlangRuntime;
import org.tlang.api.Value;
import org.tlang.embed.BundleSet;
import org.tlang.embed.Tlang;

/** Calling T functions from Java with values: {@link Context#execute}, on the assembled distribution. */
class EmbedIT {
    static final Path HOME = Path.of(System.getProperty("tlang.home"));
    /** A package: its modules below src/. */
    static final Path ROOT = Path.of("src/test/resources/t/embed").toAbsolutePath();
    /** A folder of loose modules, which get the grants a context gives them. */
    static final Path FILES = Path.of("src/test/resources/t/embed-files").toAbsolutePath();

    static Tlang tlang;
    static TlangRuntime runtime;
    static Context calc;
    static Output out = new Output();

    @TempDir
    Path temp;

    @BeforeAll
    static void boot() throws Exception {
        tlang = Tlang.init(BundleSet.directory(HOME), Files.readString(HOME.resolve("profiles/default.toml")), "default.toml");
        runtime = tlang.runtime();
        calc = runtime.context(ContextOptions.of(ROOT).printingTo(out.stream, out.stream));
    }

    @AfterAll
    static void shutdown() {
        if (calc != null) calc.close();
        if (tlang != null) tlang.close();
    }

    static Value call(String function, Value... args) {
        return calc.execute("app.calc", function, args);
    }

    @Test
    void scalarsGoInAndComeBack() {
        assertEquals(Value.of(5), call("add", Value.of(2), Value.of(3)));
        assertEquals(5, call("add", Value.of(2), Value.of(3)).asInt());
        assertEquals(1.25, call("half", Value.of(2.5)).asDouble());
        assertEquals(false, call("not", Value.of(true)).asBoolean());
        assertEquals("hello, T", call("greet", Value.of("T")).asString());
        assertEquals(Value.UNIT, call("say", Value.of("printed")));
        assertTrue(out.text().contains("printed\n"), out.text());
    }

    @Test
    void collectionsConvertFromAndToJava() {
        assertEquals(Value.of(6), call("total", Value.from(List.of(1, 2, 3))));
        assertEquals(List.of(0L, 1L, 4L, 9L), call("squares", Value.of(4)).toJava());
        Map<Object, Object> lengths = new LinkedHashMap<>();
        lengths.put("one", 3L);
        lengths.put("three", 5L);
        assertEquals(lengths, call("lengths", Value.from(List.of("one", "three"))).toJava());
        assertEquals("[\"one\": 3, \"three\": 5]", call("lengths", Value.from(List.of("one", "three"))).show());
        assertEquals(List.of(7L, "x"), call("pair", Value.of(7), Value.of("x")).toJava());
    }

    @Test
    void structsAreMapsOfTheirFields() {
        assertEquals(5.0, call("norm", Value.struct(Map.of("x", 3.0, "y", 4.0))).asDouble());
        Value scaled = call("scale", Value.struct(Map.of("x", 1.0, "y", 2.0)), Value.of(2.0));
        assertEquals(new Value.Struct("app.calc.Point", Map.of("x", Value.of(2.0), "y", Value.of(4.0))), scaled);
        assertEquals(Map.of("x", 2.0, "y", 4.0), scaled.toJava());
        assertEquals("Point { x: 2.0, y: 4.0 }", scaled.show());
        // a struct that came back goes in again as it is
        assertEquals(Math.sqrt(20), call("norm", scaled).asDouble(), 1e-12);
    }

    @Test
    void enumsOptionsAndResults() {
        assertEquals(Value.of(12.0), call("area", new Value.Variant(null, "Rect", List.of(Value.of(3.0), Value.of(4.0)))));
        assertEquals(Value.of(0.0), call("area", new Value.Variant("app.calc.Shape", "Empty", List.of())));
        assertEquals(Value.some(Value.of(1)), call("find", Value.from(List.of("a", "b")), Value.of("b")));
        assertEquals(Value.NONE, call("find", Value.from(List.of("a")), Value.of("z")));
        assertEquals(Optional.of(1L), call("find", Value.from(List.of("a", "b")), Value.of("b")).toJava());
        assertEquals(Value.ok(Value.of(42)), call("parse", Value.of("42")));
        assertEquals(Value.err(Value.of("not a number: x")), call("parse", Value.of("x")));
        assertEquals(Value.of(3), call("unwrap_or_zero", Value.from(Optional.of(3))));
        assertEquals(Value.of(0), call("unwrap_or_zero", Value.NONE));
    }

    @Test
    void aPanicComesBackWithItsTStackTrace() {
        TlangException e = assertThrows(TlangException.class, () -> call("divide", Value.of(1), Value.of(0)));
        assertEquals("panic: division by zero", e.getMessage());
        assertEquals("division by zero", e.panic().message());
        assertTrue(e.trace().get(0).startsWith("app.calc.inner (src/app/calc.t:"), e.trace().toString());
        assertTrue(e.trace().get(1).startsWith("app.calc.divide (src/app/calc.t:"), e.trace().toString());
        assertTrue(e.rendered().startsWith("panic: division by zero\n    at app.calc.inner"), e.rendered());
        // and the context serves on
        assertEquals(Value.of(3), call("add", Value.of(1), Value.of(2)));
    }

    @Test
    void badCallsAreClearErrors() {
        assertEquals("no module app.nothing: there is no file " + ROOT.resolve("src/app/nothing.t"),
                assertThrows(TlangException.class, () -> calc.execute("app.nothing", "f")).getMessage());
        assertEquals("module app.calc has no pub fn `nope`", assertThrows(TlangException.class, () -> call("nope")).getMessage());
        assertEquals("module app.calc has no pub fn `inner`", assertThrows(TlangException.class, () -> call("inner", Value.of(1), Value.of(2))).getMessage());
        assertEquals("app.calc.add takes 2 arguments (a: Int, b: Int), got 1", assertThrows(TlangException.class, () -> call("add", Value.of(1))).getMessage());
        assertEquals("app.calc.add: argument 2 `b`: expected Int, got Str \"x\"",
                assertThrows(TlangException.class, () -> call("add", Value.of(1), Value.of("x"))).getMessage());
        assertEquals("app.calc.norm: argument 1 `p`: field `y` of Point is missing",
                assertThrows(TlangException.class, () -> call("norm", Value.struct(Map.of("x", 1.0)))).getMessage().replace(": field", ": field"));
        assertEquals("app.calc.area: argument 1 `s`: Shape has no variant Square (its variants: Circle, Rect, Empty)",
                assertThrows(TlangException.class, () -> call("area", new Value.Variant(null, "Square", List.of()))).getMessage());
        TlangException compile = assertThrows(TlangException.class, () -> calc.execute("broken", "oops"));
        assertFalse(compile.diagnostics().isEmpty());
        assertTrue(compile.getMessage().contains("broken.t:1:"), compile.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Value.from(new Object()));
    }

    @Test
    void aContextKeepsItsStateAndAnotherHasItsOwn() {
        long before = call("count").asLong();
        assertEquals(before + 1, call("count").asLong());
        try (Context other = runtime.context(ContextOptions.of(ROOT))) {
            assertEquals(1L, other.execute("app.calc", "count").asLong());
        }
        assertEquals(before + 2, call("count").asLong());
    }

    @Test
    void eachCallHasTheContextsDeadlineAndFuel() {
        try (Context limited = runtime.context(ContextOptions.of(ROOT).limitedTo(new Limits(100, 0)))) {
            long start = System.nanoTime();
            TlangException e = assertThrows(TlangException.class, () -> limited.execute("app.calc", "spin"));
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertEquals("deadline exceeded", e.panic().message());
            assertTrue(ms < 2_000, ms + " ms");
            assertFalse(Thread.currentThread().isInterrupted(), "the deadline's interrupt does not stay on the host's thread");
            // the next call has a deadline of its own
            assertEquals(Value.of(3), limited.execute("app.calc", "add", Value.of(1), Value.of(2)));
        }
        try (Context metered = runtime.context(ContextOptions.of(ROOT).limitedTo(new Limits(0, 1_000)))) {
            assertEquals(Value.of(55), metered.execute("app.calc", "fib", Value.of(10)));
            assertEquals("out of fuel", assertThrows(TlangException.class, () -> metered.execute("app.calc", "fib", Value.of(25))).panic().message());
            assertEquals(Value.of(55), metered.execute("app.calc", "fib", Value.of(10)), "fuel is per call");
        }
    }

    @Test
    void eachContextHasItsOwnGrants(@TempDir Path other) throws Exception {
        Files.writeString(temp.resolve("mine.txt"), "mine");
        Files.writeString(other.resolve("theirs.txt"), "theirs");
        try (Context narrow = runtime.context(ContextOptions.of(FILES).allowing(List.of("fs.read=" + temp)))) {
            assertEquals("mine", narrow.execute("files", "read", Value.of(temp.resolve("mine.txt").toString())).asString());
            assertTrue(narrow.execute("files", "read", Value.of(other.resolve("theirs.txt").toString())).asString().startsWith("denied: PermissionDenied"));
        }
        try (Context wide = runtime.context(ContextOptions.of(FILES).allowing(List.of("all")))) {
            assertEquals("theirs", wide.execute("files", "read", Value.of(other.resolve("theirs.txt").toString())).asString());
        }
        assertEquals("unknown capability 'bogus'", assertThrows(TlangException.class,
                () -> runtime.context(ContextOptions.of(FILES).allowing(List.of("bogus=1")))).getMessage().replaceAll("^.*(unknown capability 'bogus').*$", "$1"));
    }

    @Test
    void manyThreadsCallOneContext() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Value>> results = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                long n = i;
                results.add(pool.submit(() -> call("add", Value.of(n), Value.of(n))));
            }
            for (int i = 0; i < 100; i++) assertEquals(Value.of(2L * i), results.get(i).get());
        } finally {
            pool.shutdown();
        }
    }

    /** examples/embed-java as its README runs it: its own Maven build (offline, this build's repository), then the host. */
    @Test
    void theJavaExampleBuildsWithMavenAndRuns() throws Exception {
        Path example = temp.resolve("embed-java");
        Path from = Path.of(System.getProperty("tlang.root")).resolve("examples/embed-java");
        for (String f : List.of("pom.xml", "run.sh", ".mvn/jvm.config", "t/inventory.t", "src/main/java/org/tlang/examples/embed/Main.java")) {
            Files.createDirectories(example.resolve(f).getParent());
            Files.copy(from.resolve(f), example.resolve(f));
        }
        ProcessBuilder pb = new ProcessBuilder("sh", "run.sh").directory(example.toFile()).redirectErrorStream(true);
        pb.environment().put("TLANG_HOME", HOME.toString());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("MAVEN_ARGS", "-B -o -Dmaven.repo.local=" + System.getProperty("tlang.it.maven-repo"));
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(180, java.util.concurrent.TimeUnit.SECONDS), output);
        assertEquals(0, p.exitValue(), output);
        assertEquals("""
                total = 50.0
                cheapest = Optional[nut]
                restocked = Item { name: "bolt", price: 0.25, count: 150 } as Java {name=bolt, price=0.25, count=150}
                panic: only 100 of bolt left, 1000 wanted
                    at inventory.take (t/inventory.t:23:25)
                refused: inventory.total: argument 1 `items`: expected Vec<Item>, got Str "not a list"
                """, output);
    }

    @Test
    void theRuntimesOwnContextFindsModulesByPath() {
        assertEquals(Value.of(9), runtime.execute(ROOT.resolve("src/app/calc.t").toString(), "add", Value.of(4), Value.of(5)));
    }
}
