package org.tlang.kernel;

import java.io.PrintStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.tlang.api.CheckResult;
import org.tlang.api.ReplSession;
import org.tlang.api.RunRequest;
import org.tlang.api.TestResult;
import org.tlang.spi.program.RunningProgram;
import org.tlang.api.Diagnostic;
import org.tlang.api.Severity;
import org.tlang.modules.CompileException;
import org.tlang.modules.Compiler;
import org.tlang.modules.LoadedModule;
import org.tlang.modules.ModuleRegistry;
import org.tlang.spi.program.ReloadOutcome;
import org.tlang.modules.RuntimeHost;
import org.tlang.modules.TestReport;
import org.tlang.spi.natives.NativeModule;
import org.tlang.spi.scheduler.Scheduler;

/** Runs and checks T programs: each run gets its own module registry, on the kernel's scheduler. */
final class Programs {
    private final BundleContext context;
    private final Scheduler scheduler;
    private final java.util.function.Supplier<List<NativeModule>> natives;
    /** The compiling tier bound now (null: the interpreter only); read when a program loads a module. */
    private volatile java.util.function.Supplier<org.tlang.spi.tier.ExecutionTier> tier = () -> null;

    /** Where programs find the compiling tier bound now: the kernel's tier slot. */
    void tierFrom(java.util.function.Supplier<org.tlang.spi.tier.ExecutionTier> tier) {
        this.tier = tier;
    }

    /** @param natives the native modules ({@code std.*}) registered right now; each new program gets them */
    Programs(BundleContext context, Scheduler scheduler, java.util.function.Supplier<List<NativeModule>> natives) {
        this.context = context;
        this.scheduler = scheduler;
        this.natives = natives;
    }

    /** A program's registry, with the native modules present now (each compiled when first imported). */
    private ModuleRegistry registry(PrintStream out, PrintStream err) {
        ModuleRegistry registry = new ModuleRegistry(new Host(out, err, scheduler));
        registry.addNatives(natives.get());
        return registry;
    }

    int run(RunRequest request) {
        Path file = request.file().toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            request.err().println("error: cannot read " + request.file() + ": no such file");
            return 1;
        }
        ModuleRegistry registry = registry(request.out(), request.err());
        LoadedModule main;
        try {
            main = registry.load(file);
        } catch (CompileException e) {
            request.err().print(e.render());
            request.err().flush();
            return 1;
        }
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(RunningProgram.WATCH, request.watch());
        ServiceRegistration<RunningProgram> registration =
                context.registerService(RunningProgram.class, new Program(file, registry, request.err()), props);
        try {
            return registry.runMain(main, request.args());
        } finally {
            registration.unregister();
            request.out().flush();
            request.err().flush();
        }
    }

    TestResult test(Path path, PrintStream out, PrintStream err) {
        List<Path> files;
        try {
            files = TestSources.find(path);
        } catch (IOException e) {
            err.println("error: cannot read " + path + ": " + e.getMessage());
            return new TestResult(0, 0, 1);
        }
        ModuleRegistry registry = registry(out, err);
        for (Path file : files) {
            try {
                registry.load(file);
            } catch (CompileException e) {
                err.print(e.render());
                err.flush();
                return new TestResult(0, 0, 1);
            }
        }
        TestReport report = registry.runTests();
        out.flush();
        return new TestResult(report.passed(), report.failed(), report.failed() == 0 ? 0 : 1);
    }

    ReplSession repl(PrintStream out, PrintStream err) {
        return new ScratchRepl(registry(out, err), new Host(out, err, scheduler));
    }

    CheckResult check(Path file) {
        if (!Files.isRegularFile(file)) return new CheckResult(1, "error: cannot read " + file + ": no such file\n");
        List<Diagnostic> diagnostics = Compiler.check(file.toAbsolutePath().normalize(), natives.get());
        StringBuilder rendered = new StringBuilder();
        diagnostics.forEach(d -> rendered.append(d.render()));
        int errors = (int) diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
        return new CheckResult(errors, rendered.toString());
    }

    /** What a program sees of the runtime: its streams, the scheduler router and the tier bound now. */
    private final class Host implements RuntimeHost {
        private final PrintStream out;
        private final PrintStream err;
        private final Scheduler scheduler;

        Host(PrintStream out, PrintStream err, Scheduler scheduler) {
            this.out = out;
            this.err = err;
            this.scheduler = scheduler;
        }

        @Override
        public PrintStream out() {
            return out;
        }

        @Override
        public PrintStream err() {
            return err;
        }

        @Override
        public Scheduler scheduler() {
            return scheduler;
        }

        @Override
        public org.tlang.spi.tier.ExecutionTier tier() {
            return tier.get();
        }
    }

    private record Program(Path mainFile, ModuleRegistry registry, PrintStream err) implements RunningProgram {
        @Override
        public Set<Path> sources() {
            return registry.sources().stream().map(p -> p.toAbsolutePath().normalize()).collect(Collectors.toUnmodifiableSet());
        }

        @Override
        public ReloadOutcome reload(Path file) {
            return registry.reload(file);
        }

        @Override
        public ReloadOutcome reload(List<Path> files) {
            return registry.reload(files);
        }

        @Override
        public ReloadOutcome rollback(String module) {
            return registry.rollback(module);
        }

        @Override
        public ReloadOutcome patch(String module, String function, String definition) {
            return registry.patch(module, function, definition);
        }

        @Override
        public List<String> versions() {
            return registry.versions();
        }
    }
}
