package org.tlang.wasm;

import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.tlang.spi.Metered;
import org.tlang.spi.tier.ExecutionTier;
import org.tlang.spi.tier.Linkage;
import org.tlang.spi.tier.ProgramTier;
import org.tlang.tir.TFunction;
import org.tlang.tir.TModule;
import org.tlang.wasm.compile.ProgramCompiler;
import org.tlang.wasm.run.CompiledModules;
import org.tlang.wasm.run.WasmRunner;

/**
 * The {@code wasm} tier: a program's TIR compiled to one WebAssembly module and run on Chicory.
 * Hard isolation: the program's memory is the module's linear memory, bounded by
 * {@code max-memory-mb}; it reaches the host only through WASI's stdout, stderr and arguments and
 * the tier's own host functions. It compiles no single function for the kernel's call sites.
 */
@Component(service = ExecutionTier.class, immediate = true, configurationPolicy = ConfigurationPolicy.REQUIRE,
        configurationPid = "org.tlang.wasm")
public final class WasmTier implements ExecutionTier, ProgramTier, Metered {
    @ObjectClassDefinition(id = "org.tlang.wasm", name = "tier wasm", description = "The program compiled to WebAssembly, run on Chicory.")
    public @interface Config {
        @AttributeDefinition(min = "2", max = "65536", description = "The program's linear memory limit, in MiB.")
        int max$_$memory$_$mb() default 256;
    }

    private final int maxPages;
    private final CompiledModules compiledModules = new CompiledModules();
    private final java.util.concurrent.atomic.AtomicInteger compiled = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();

    @Activate
    public WasmTier(Config config) {
        this(config.max$_$memory$_$mb());
    }

    public WasmTier(int maxMemoryMb) {
        if (maxMemoryMb < 2 || maxMemoryMb > 65536) throw new IllegalArgumentException("tier.max-memory-mb must be 2..65536, got " + maxMemoryMb);
        this.maxPages = maxMemoryMb * 16;
    }

    @Override
    public Optional<MethodHandle> compile(TFunction function, Linkage linkage) {
        return Optional.empty();
    }

    @Override
    public Policy policy() {
        return new Policy(Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    @Override
    public Program compile(List<TModule> modules, String entry) throws Refused {
        try {
            Program p = new WasmRunner(new ProgramCompiler(modules, maxPages).compile(entry), compiledModules);
            compiled.incrementAndGet();
            return p;
        } catch (Refused r) {
            refused.incrementAndGet();
            throw r;
        }
    }

    @Override
    public java.util.Map<String, Number> metrics() {
        return java.util.Map.of("programs-compiled", compiled.get(), "programs-refused", refused.get(), "modules-cached", compiledModules.size());
    }
}
