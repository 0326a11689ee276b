package org.tlang.wasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlang.modules.CompileException;
import org.tlang.modules.LoadedModule;
import org.tlang.modules.ModuleRegistry;
import org.tlang.testing.TestHost;

/** The wasm tier under the real kernel: what it runs, what it refuses, and its memory limit. */
class WasmTierTest {
    @TempDir
    Path dir;

    record Run(int status, String out, String err) {}

    private Run run(WasmTier tier, String source, List<String> args) throws IOException, CompileException {
        Path file = dir.resolve("prog.t");
        Files.writeString(file, source);
        TestHost host = new TestHost(tier);
        ModuleRegistry registry = new ModuleRegistry(host);
        LoadedModule m = registry.load(file);
        int status = host.finish(registry.runMain(m, args));
        host.io().flush();
        registry.close();
        String folder = dir.toAbsolutePath() + "/";
        return new Run(status, host.stdout().replace(folder, ""), host.stderr().replace(folder, ""));
    }

    @Test
    void runsAProgramWithItsArguments() throws Exception {
        Run r = run(new WasmTier(16), """
                struct Point { x: Int, y: Float }
                enum Shape { Dot, Circle(Float) }
                fn area(s: Shape) -> Float { match s { Shape::Dot => 0.0, Shape::Circle(r) => 3.0 * r * r } }
                fn main(args: Vec<Str>) {
                    let p = Point { x: 1, y: 2.5 };
                    let mut total = 0;
                    for a in args { total += a.len(); }
                    println("{p} {args} {total} {area(Shape::Circle(2.0))} {"up".to_upper()}");
                }
                """, List.of("ab", "cde"));
        assertEquals(new Run(0, "Point { x: 1, y: 2.5 } [\"ab\", \"cde\"] 5 12.0 UP\n", ""), r);
    }

    @Test
    void refusesAClosureAtItsPositionBeforeAnythingRuns() throws Exception {
        Run r = run(new WasmTier(16), """
                fn main() {
                    println("never printed");
                    let f = |x: Int| x + 1;
                    println(f(1));
                }
                """, List.of());
        assertEquals(1, r.status(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("error: the wasm tier does not run function values (`fn(Int) -> Int`)\n --> prog.t:3:13\n"), r.err());
    }

    @Test
    void aProgramPastTheMemoryLimitPanicsOutOfMemory() throws Exception {
        Run r = run(new WasmTier(4), """
                fn main() {
                    let mut v: Vec<Str> = Vec::new();
                    let mut i = 0;
                    while true { v.push("item {i}"); i += 1; }
                }
                """, List.of());
        assertEquals(101, r.status(), r.err());
        assertTrue(r.err().startsWith("panic: out of memory\n    at prog.main (prog.t:4:"), r.err());
    }

    @Test
    void intOverflowAndDivisionByZeroPanicAsOnEveryTier() throws Exception {
        Run r = run(new WasmTier(16), """
                fn div(a: Int, b: Int) -> Int { a / b }
                fn main() {
                    println(9223372036854775807 - 1);
                    println(div(7, -2));
                    println(div(1, 0));
                }
                """, List.of());
        assertEquals(new Run(101, "9223372036854775806\n-3\n", "panic: division by zero\n    at prog.div (prog.t:1:35)\n    at prog.main (prog.t:5:13)\n"), r);
    }
}
