package org.tlang.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.Map;
import javax.script.Invocable;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;

import org.junit.jupiter.api.Test;
import org.tlang.api.TlangException;

/** T through JSR 223, as a host that knows only {@code javax.script} sees it (tlang.home names the distribution). */
class ScriptEngineIT {
    static final Path HOME = Path.of(System.getProperty("tlang.home"));


    @Test
    void aHostFindsTheEngineByNameEvaluatesAndInvokes() throws Exception {
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("tlang");
        assertEquals("T", engine.getFactory().getLanguageName());
        StringWriter out = new StringWriter();
        engine.getContext().setWriter(out);
        assertEquals(42L, engine.eval("pub fn main() -> Int { println(\"from T\"); 6 * 7 }"));
        assertEquals("from T\n", out.toString());
        assertNull(engine.eval("""
                pub struct P { x: Int, y: Int }
                pub fn add(a: Int, b: Int) -> Int { a + b }
                pub fn swap(p: P) -> P { P { x: p.y, y: p.x } }
                pub fn words(s: Str) -> Vec<Str> { s.split(" ") }
                pub fn boom(n: Int) -> Int { if n > 0 { panic("boom {n}") } n }
                """));
        Invocable invocable = (Invocable) engine;
        assertEquals(3L, invocable.invokeFunction("add", 1, 2));
        assertEquals(List.of("a", "b"), invocable.invokeFunction("words", "a b"));
        assertEquals(Map.of("x", 2L, "y", 1L), invocable.invokeFunction("swap", Map.of("x", 1, "y", 2)));
        ScriptException panic = assertThrows(ScriptException.class, () -> invocable.invokeFunction("boom", 1));
        assertTrue(panic.getMessage().startsWith("panic: boom 1\n    at script2.boom"), panic.getMessage());
        assertInstanceOf(TlangException.class, panic.getCause());
        assertThrows(NoSuchMethodException.class, () -> invocable.invokeFunction("absent"));
        ScriptException wrong = assertThrows(ScriptException.class, () -> invocable.invokeFunction("add", 1, "x"));
        assertTrue(wrong.getMessage().contains("argument 2 `b`: expected Int, got Str \"x\""), wrong.getMessage());
        ScriptException compile = assertThrows(ScriptException.class, () -> engine.eval("pub fn f() -> Int { true }"));
        assertTrue(compile.getMessage().contains("script3.t:1:"), compile.getMessage());

        interface Adder {
            long add(long a, long b);
        }
        assertEquals(9L, invocable.getInterface(Adder.class).add(4, 5));
    }

    /** The executable jar on the class path is enough, and the host's JVM ends though it never closes the engine. */
    @Test
    void aHostWithTheExecutableJarEndsWhenItsMainDoes() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path jar = HOME.getParent().resolve("tlang.jar");
        Process p = new ProcessBuilder(java.toString(), "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-cp", jar.toString(), Path.of("src/test/resources/script/ScriptHost.java").toAbsolutePath().toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean ended = p.waitFor(60, TimeUnit.SECONDS);
        if (!ended) p.destroyForcibly();
        assertTrue(ended, "the host's JVM did not end: " + out);
        assertEquals("one plus two is 3\none plus two is 3\n", out);
        assertEquals(0, p.exitValue());
    }
}
