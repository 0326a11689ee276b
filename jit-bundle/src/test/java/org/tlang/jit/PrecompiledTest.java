package org.tlang.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlang.modules.LoadedModule;
import org.tlang.modules.ModuleRegistry;
import org.tlang.spi.tier.ExecutionTier;
import org.tlang.testing.TestHost;

/**
 * Classes compiled ahead of time are linked only while they fit: a function whose source changed,
 * a file cut short, a file of another build of the compiler, each get the function compiled again
 * as usual, with the same output, never an error.
 */
class PrecompiledTest {
    private static final String LIB = """
            pub struct Pair { a: Int, b: Int }

            pub fn sum(p: Pair) -> Int { p.a + p.b }
            """;
    private static final String MAIN = """
            import lib.{Pair, sum};

            static mut SEEN: Int = 0;

            fn twice(x: Int) -> Int {
                SEEN = SEEN + 1;
                x * 2
            }

            fn label(o: Option<Int>) -> Str {
                match o {
                    Some(n) if n > 10 => "big {n}",
                    Some(n) => "small {n}",
                    None => "none",
                }
            }

            fn main() {
                let adders = [1, 2, 3].map(|x| twice(x) + sum(Pair { a: x, b: 1 }));
                println("{adders} {label(Some(4))} {label(Some(40))} {label(None)} {SEEN}");
            }
            """;
    private static final String OUT = "[4, 7, 10] small 4 big 40 none 3\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f.toAbsolutePath().normalize();
    }

    private Map<Path, byte[]> compileAhead(Path main, List<String> compiled) throws Exception {
        ModuleRegistry build = new ModuleRegistry(new TestHost(new JitTier(ExecutionTier.Policy.EAGER, false)));
        try {
            return build.compileAhead(List.of(main), f -> true, new JitTier(ExecutionTier.Policy.EAGER, false), compiled, new ArrayList<>());
        } finally {
            build.close();
        }
    }

    private record Run(String out, JitTier tier) {}

    private Run run(Path main, Map<Path, byte[]> files, ExecutionTier.Policy policy) throws Exception {
        JitTier tier = new JitTier(policy, false);
        TestHost host = new TestHost(tier);
        ModuleRegistry registry = new ModuleRegistry(host);
        registry.aheadOfTimeFrom((format, module, file) -> {
            assertEquals(JitTier.AOT_FORMAT, format);
            return files.get(file);
        });
        LoadedModule m = registry.load(main);
        host.finish(registry.runMain(m, List.of()));
        host.io().flush();
        registry.close();
        return new Run(host.stdout(), tier);
    }

    @Test
    void linksEveryFunctionAndCompilesNothingAtLoad() throws Exception {
        write("lib.t", LIB);
        Path main = write("main.t", MAIN);
        List<String> compiled = new ArrayList<>();
        Map<Path, byte[]> files = compileAhead(main, compiled);
        assertEquals(2, files.size(), "a file per module: " + files.keySet());
        assertTrue(compiled.containsAll(List.of("main.twice", "main.label", "main.main", "lib.sum")), compiled.toString());
        for (ExecutionTier.Policy policy : List.of(ExecutionTier.Policy.EAGER, JitTier.tiered(1000, 10000))) {
            Run r = run(main, files, policy);
            assertEquals(OUT, r.out());
            assertEquals(compiled.size(), r.tier().precompiled(), "linked ahead of time, " + policy);
            assertEquals(0, r.tier().compiled(), "compiled at load, " + policy);
        }
    }

    @Test
    void aChangedFunctionIsCompiledAgainAndTheRestIsLinked() throws Exception {
        write("lib.t", LIB);
        Path main = write("main.t", MAIN);
        List<String> compiled = new ArrayList<>();
        Map<Path, byte[]> files = compileAhead(main, compiled);
        write("main.t", MAIN.replace("x * 2", "x * 3"));
        Run r = run(main, files, ExecutionTier.Policy.EAGER);
        assertEquals("[5, 9, 13] small 4 big 40 none 3\n", r.out());
        assertEquals(1, r.tier().precompiledStale(), "twice changed");
        assertEquals(1, r.tier().compiled(), "twice compiled again");
        assertEquals(compiled.size() - 1, r.tier().precompiled());
    }

    @Test
    void aLineMovedIsAChangeToo() throws Exception {
        write("lib.t", LIB);
        Path main = write("main.t", MAIN);
        Map<Path, byte[]> files = compileAhead(main, new ArrayList<>());
        write("main.t", "\n" + MAIN);
        Run r = run(main, files, ExecutionTier.Policy.EAGER);
        assertEquals(OUT, r.out());
        assertEquals(3, r.tier().precompiledStale(), "every function of main moved (its traces would name the old lines)");
        assertEquals(1, r.tier().precompiled(), "lib.sum did not");
    }

    @Test
    void aFileCutShortOrOfAnotherBuildIsNotUsed() throws Exception {
        write("lib.t", LIB);
        Path main = write("main.t", MAIN);
        List<String> compiled = new ArrayList<>();
        Map<Path, byte[]> files = compileAhead(main, compiled);
        Map<Path, byte[]> cut = new java.util.HashMap<>();
        files.forEach((f, b) -> cut.put(f, Arrays.copyOf(b, b.length / 2)));
        Run r = run(main, cut, ExecutionTier.Policy.EAGER);
        assertEquals(OUT, r.out());
        assertEquals(0, r.tier().precompiled());
        assertEquals(compiled.size(), r.tier().compiled());

        Map<Path, byte[]> other = new java.util.HashMap<>();
        files.forEach((f, b) -> {
            Precompiled p;
            try {
                p = Precompiled.read(b);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
            other.put(f, new Precompiled("0".repeat(32), p.module(), p.functions()).write());
        });
        r = run(main, other, ExecutionTier.Policy.EAGER);
        assertEquals(OUT, r.out());
        assertEquals(0, r.tier().precompiled());
        assertEquals(compiled.size(), r.tier().compiled());
    }
}
