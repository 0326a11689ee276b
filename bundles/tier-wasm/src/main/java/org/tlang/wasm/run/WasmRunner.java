package org.tlang.wasm.run;

import com.dylibso.chicory.runtime.ChicoryInterruptedException;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasi.WasiPreview1;
import com.dylibso.chicory.wasm.ChicoryException;
import java.util.ArrayList;
import java.util.List;
import org.tlang.runtime.Cancellation;
import org.tlang.runtime.PanicException;
import org.tlang.runtime.ProgramIo;
import org.tlang.spi.tier.ProgramTier;
import org.tlang.wasm.compile.WasmProgram;

/**
 * Runs a compiled program on Chicory, a WebAssembly runtime in Java whose compiler turns the
 * module into JVM bytecode once: a fresh instance per run,
 * with WASI preview 1 for output and arguments (no files, no environment, no sockets) and the
 * program's {@code tlang.*} host functions. Its memory is the module's linear memory, bounded by
 * the module's maximum: the program cannot reach anything else.
 */
public final class WasmRunner implements ProgramTier.Program {
    private final WasmProgram program;
    /** The module, its functions as JVM bytecode (Chicory's compiler), made once for every run. */
    private final CompiledModules.Compiled compiled;

    public WasmRunner(WasmProgram program, CompiledModules modules) {
        this.program = program;
        this.compiled = modules.of(program.binary());
    }

    @Override
    public void run(List<String> args, ProgramIo io) {
        List<String> argv = new ArrayList<>();
        argv.add("main");
        argv.addAll(args);
        HostFunctions host = new HostFunctions(program);
        try (WasiPreview1 wasi = WasiPreview1.builder()
                .withOptions(WasiOptions.builder().withStdout(io.out()).withStderr(io.err()).withArguments(argv).build()).build()) {
            ImportValues imports = ImportValues.builder().addFunction(wasi.toHostFunctions())
                    .addFunction(host.all().toArray(com.dylibso.chicory.runtime.HostFunction[]::new)).build();
            Instance instance = Instance.builder(compiled.module()).withImportValues(imports).withMachineFactory(compiled.machine())
                    .withStart(false).build();
            try {
                instance.export("main").apply();
            } catch (HostFunctions.Unwind u) {
                throw u.panic;
            } catch (ChicoryInterruptedException e) {
                // the thread was interrupted (a deadline, an exit): the panic the other tiers give
                throw host.stopped(instance, Cancellation.interrupted().getMessage());
            } catch (StackOverflowError e) {
                throw host.stopped(instance, "stack overflow");
            } catch (ChicoryException e) {
                // Chicory's own interpreter ran out of JVM stack before the shadow stack's limit
                if (e.getCause() instanceof StackOverflowError) throw host.stopped(instance, "stack overflow");
                if (e.getCause() instanceof HostFunctions.Unwind u) throw u.panic;
                if (e.getCause() instanceof PanicException p) throw host.withTrace(instance, p);
                throw new IllegalStateException("wasm tier: the module trapped (a bug in the tier): " + e.getMessage(), e);
            }
        }
    }
}
