package org.tlang.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.tlang.conformance.ConformanceTest;
import org.tlang.spi.tier.ExecutionTier;

/**
 * The conformance suite on every tier: the interpreter, {@code jit} (every function compiled when
 * its module loads) and {@code tiered} with thresholds 1 (every function compiled in the
 * background after its first call or loop back edge, and every loop of an activation still
 * interpreted moved into compiled code by on-stack replacement on its first back edge). All must agree, and the compiler must never
 * fail on a function (a failure is a bug: unsupported code stays interpreted, that is fine).
 */
class JitConformanceTest extends ConformanceTest {
    /** Checks that the compiler did not fail on anything in the program it ran. */
    static final class Checked extends InterpreterTier {
        Checked(String name, java.util.function.Supplier<ExecutionTier> tier) {
            super(name, tier);
        }

        @Override
        protected void ran(ExecutionTier used, Path entry) {
            assertEquals(0, ((JitTier) used).failed(), "the JIT failed on a function of " + entry + " (see the log)");
            OSR_ENTRIES.addAndGet(((JitTier) used).osrCompiled());
        }
    }

    /**
     * The suite from code compiled ahead of time: each case's modules are compiled as {@code tlang
     * build} compiles a package (in a registry of their own that never runs them), and the run links
     * those classes instead of compiling: nothing is compiled at load, every function compiled ahead
     * is linked, none is found stale.
     */
    static final class AheadOfTime extends InterpreterTier {
        private final java.util.Map<Path, Integer> expected = new java.util.concurrent.ConcurrentHashMap<>();

        AheadOfTime() {
            super("aot", () -> new JitTier(ExecutionTier.Policy.EAGER, false));
        }

        @Override
        protected void prepare(org.tlang.modules.ModuleRegistry registry, ExecutionTier used, Path entry) {
            org.tlang.modules.ModuleRegistry build = new org.tlang.modules.ModuleRegistry(new org.tlang.testing.TestHost(new JitTier(ExecutionTier.Policy.EAGER, false)));
            java.util.List<String> compiled = new java.util.ArrayList<>();
            java.util.Map<Path, byte[]> files;
            try {
                files = build.compileAhead(List.of(entry), file -> true, (JitTier) used, compiled, new java.util.ArrayList<>());
            } catch (org.tlang.modules.CompileException e) {
                files = java.util.Map.of(); // a case that does not compile: its run reports why
            } finally {
                build.close();
            }
            java.util.Map<Path, byte[]> built = files;
            registry.aheadOfTimeFrom((format, module, file) -> built.get(file));
            expected.put(entry, compiled.size());
        }

        @Override
        protected void ran(ExecutionTier used, Path entry) {
            JitTier jit = (JitTier) used;
            assertEquals(0, jit.failed(), "the JIT failed on a function of " + entry + " (see the log)");
            assertEquals(0, jit.precompiledStale(), "classes compiled ahead of time found stale in " + entry);
            assertEquals(0, jit.compiled(), "functions compiled at load although compiled ahead of time, in " + entry);
            assertEquals(expected.get(entry), jit.precompiled(), "functions linked from classes compiled ahead of time, in " + entry);
            PRECOMPILED.addAndGet(jit.precompiled());
        }
    }

    /** Functions linked from classes compiled ahead of time over the whole suite. */
    static final java.util.concurrent.atomic.AtomicInteger PRECOMPILED = new java.util.concurrent.atomic.AtomicInteger();

    @org.junit.jupiter.api.AfterAll
    static void aheadOfTimeWasExercised() {
        org.junit.jupiter.api.Assertions.assertTrue(PRECOMPILED.get() >= 200, "functions linked ahead of time in the suite: " + PRECOMPILED.get());
        System.out.println("conformance: functions linked from classes compiled ahead of time: " + PRECOMPILED.get());
    }

    /** Loops that moved into compiled code by on-stack replacement over the whole suite (tiered(1,1) does it on the first back edge). */
    static final java.util.concurrent.atomic.AtomicInteger OSR_ENTRIES = new java.util.concurrent.atomic.AtomicInteger();

    @org.junit.jupiter.api.AfterAll
    static void onStackReplacementWasExercised() {
        org.junit.jupiter.api.Assertions.assertTrue(OSR_ENTRIES.get() >= 10, "loops compiled for OSR in the suite: " + OSR_ENTRIES.get());
        System.out.println("conformance: loops compiled for on-stack replacement: " + OSR_ENTRIES.get());
    }

    static final List<Tier> ALL = List.of(
            new InterpreterTier(),
            new Checked("jit", () -> new JitTier(ExecutionTier.Policy.EAGER, false)),
            new Checked("tiered(1,1)", () -> new JitTier(JitTier.tiered(1, 1), false)),
            new AheadOfTime());

    @Override
    protected List<Tier> tiers() {
        return ALL;
    }

    /**
     * Compiled code keeps no call depth (the interpreter panics at 200,000 nested calls) and no
     * columns: its runaway recursion overflows the JVM stack, and the trace shows the innermost
     * frames at column 0, then "... more frames omitted" (the JVM keeps only the top of an overflowed
     * stack). The panic line, status and output still agree.
     */
    @Override
    protected String traceGap(Tier tier, String caseId) {
        if ((tier instanceof Checked || tier instanceof AheadOfTime) && caseId.equals("panics/deep_recursion.t")) return "compiled traces: no columns, outer frames unknown";
        return null;
    }
}
