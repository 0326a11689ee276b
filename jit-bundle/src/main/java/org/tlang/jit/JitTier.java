package org.tlang.jit;

import java.lang.invoke.MethodHandle;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.tlang.spi.Metered;
import org.tlang.spi.tier.AheadOfTimeCompiler;
import org.tlang.spi.tier.ExecutionTier;
import org.tlang.spi.tier.Linkage;
import org.tlang.tir.TFunction;

/**
 * Tier 1: TIR to JVM bytecode. Offered as two implementations of the {@code tier} kind:
 * {@code jit} compiles every function when its module version loads, before any call;
 * {@code tiered} starts every function in the interpreter and compiles it in the background once it
 * has been called {@code call-threshold} times or its loops have gone round {@code loop-threshold}
 * times. A function the compiler does not handle stays interpreted.
 */
@Component(service = ExecutionTier.class, immediate = true, configurationPolicy = ConfigurationPolicy.REQUIRE,
        configurationPid = "org.tlang.jit")
public final class JitTier implements ExecutionTier, AheadOfTimeCompiler, Metered {
    /** The folder of a package that holds what this tier compiled ahead of time. */
    public static final String AOT_FORMAT = "jit";
    /** Defaults measured on bench/interp (see bench/jit.sh): low enough that hot code compiles within milliseconds. */
    public static final int CALL_THRESHOLD = 1000;
    public static final int LOOP_THRESHOLD = 10000;

    /** The settings of offer {@code jit}, as its metatype describes them (named by its capability). */
    @ObjectClassDefinition(id = "org.tlang.jit.jit", name = "tier jit", description = "Every function compiled when its module version loads.")
    @interface JitSettings {
        @AttributeDefinition(description = "Print each compilation (time, size, parts left to the interpreter) to stderr.")
        boolean trace() default false;
    }

    /** The settings of offer {@code tiered}. */
    @ObjectClassDefinition(id = "org.tlang.jit.tiered", name = "tier tiered", description = "Functions start interpreted and are compiled once hot.")
    @interface TieredSettings {
        @AttributeDefinition(min = "1", description = "Calls before a function is compiled.")
        int call$_$threshold() default CALL_THRESHOLD;

        @AttributeDefinition(min = "1", description = "Loop back edges before a function is compiled.")
        int loop$_$threshold() default LOOP_THRESHOLD;

        @AttributeDefinition(description = "Print each compilation (time, size, parts left to the interpreter) to stderr.")
        boolean trace() default false;
    }

    /** What the kernel configures: the settings of either offer, and which offer it started. */
    public @interface Config {
        /** Calls before a function is compiled (tiered). */
        int call$_$threshold() default CALL_THRESHOLD;

        /** Loop back edges before a function is compiled (tiered). */
        int loop$_$threshold() default LOOP_THRESHOLD;

        /** Print each compilation (time, size, parts left to the interpreter) to stderr. */
        boolean trace() default false;

        /** The offer the kernel started: {@code jit} or {@code tiered}. */
        String tlang_name() default "tiered";
    }

    private final Policy policy;
    private final JitCompiler compiler;

    @Activate
    public JitTier(Config config) {
        this(config.tlang_name().equals("jit") ? Policy.EAGER : tiered(config.call$_$threshold(), config.loop$_$threshold()),
                config.trace());
    }

    public JitTier(Policy policy, boolean trace) {
        this.policy = policy;
        this.compiler = new JitCompiler(trace);
    }

    /** Compiles still under way in the background when the tier stops are dropped; their functions stay interpreted. */
    @Deactivate
    public void deactivate() {
        compiler.close();
    }

    /** The policy of {@code tiered}; thresholds must be at least 1. */
    public static Policy tiered(int calls, int loops) {
        if (calls < 1) throw new IllegalArgumentException("tier.call-threshold must be at least 1, got " + calls);
        if (loops < 1) throw new IllegalArgumentException("tier.loop-threshold must be at least 1, got " + loops);
        return new Policy(calls, loops);
    }

    @Override
    public Optional<MethodHandle> compile(TFunction function, Linkage linkage) {
        return compiler.compile(function, linkage);
    }

    @Override
    public Optional<MethodHandle> compileLoop(TFunction function, org.tlang.tir.TExpr loop, Linkage linkage) {
        return compiler.compileLoop(function, loop, linkage);
    }

    @Override
    public Optional<MethodHandle> precompiled(TFunction function, Linkage linkage) {
        return compiler.precompiled(function, linkage);
    }

    @Override
    public String format() {
        return AOT_FORMAT;
    }

    @Override
    public byte[] compileAhead(org.tlang.tir.TModule module, Linkage linkage, java.util.List<String> compiled, java.util.List<String> left) {
        return compiler.compileAhead(module, linkage, compiled, left);
    }

    /** Functions linked from classes compiled ahead of time so far. */
    public int precompiled() {
        return compiler.precompiled.get();
    }

    /** Functions whose classes compiled ahead of time no longer fit (their TIR or a layout changed), so were compiled again. */
    public int precompiledStale() {
        return compiler.precompiledStale.get();
    }

    /** Loops compiled for on-stack replacement so far. */
    public int osrCompiled() {
        return compiler.osrCompiled.get();
    }

    @Override
    public Policy policy() {
        return policy;
    }

    /** Functions compiled so far. */
    public int compiled() {
        return compiler.compiled.get();
    }

    /** Functions left to the interpreter because the compiler does not handle something in them. */
    public int interpreted() {
        return compiler.interpreted.get();
    }

    /** Functions whose compilation failed: always a bug in the compiler (they stay interpreted). */
    public int failed() {
        return compiler.failed.get();
    }

    /** Classes this tier generated that are still loaded (a replaced version's go with its class loader). */
    public int liveClasses() {
        return compiler.liveClasses();
    }

    /** Names of the classes {@link #liveClasses} counts. */
    public java.util.List<String> liveClassNames() {
        return compiler.liveClassNames();
    }

    /** Per-module-version class loaders still reachable; a replaced version's loader is unloaded with it. */
    public int liveLoaders() {
        return compiler.liveLoaders();
    }

    @Override
    public java.util.Map<String, Number> metrics() {
        java.util.Map<String, Number> m = new java.util.LinkedHashMap<>();
        m.put("compiled", compiled());
        m.put("interpreted", interpreted());
        m.put("failed", failed());
        m.put("osr-compiled", osrCompiled());
        m.put("precompiled", precompiled());
        m.put("compile-ms", compileNanos() / 1_000_000);
        m.put("live-classes", liveClasses());
        return m;
    }

    /** Total time spent compiling, in nanoseconds. */
    public long compileNanos() {
        return compiler.compileNanos.get();
    }
}
