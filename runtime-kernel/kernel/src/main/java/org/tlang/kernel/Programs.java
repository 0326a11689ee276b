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
import org.tlang.kernel.program.RunningProgram;
import org.tlang.lang.source.Diagnostic;
import org.tlang.lang.source.Severity;
import org.tlang.modules.CompileException;
import org.tlang.modules.Compiler;
import org.tlang.modules.LoadedModule;
import org.tlang.modules.ModuleRegistry;
import org.tlang.modules.ReloadOutcome;
import org.tlang.modules.RuntimeHost;
import org.tlang.modules.TestReport;
import org.tlang.spi.scheduler.Scheduler;

/** Runs and checks T programs: each run gets its own module registry, on the kernel's scheduler. */
final class Programs {
    private final BundleContext context;
    private final Scheduler scheduler;

    Programs(BundleContext context, Scheduler scheduler) {
        this.context = context;
        this.scheduler = scheduler;
    }

    int run(RunRequest request) {
        Path file = request.file().toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            request.err().println("error: cannot read " + request.file() + ": no such file");
            return 1;
        }
        ModuleRegistry registry = new ModuleRegistry(new Host(request.out(), request.err(), scheduler));
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
        ModuleRegistry registry = new ModuleRegistry(new Host(out, err, scheduler));
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
        return new ScratchRepl(new Host(out, err, scheduler));
    }

    CheckResult check(Path file) {
        if (!Files.isRegularFile(file)) return new CheckResult(1, "error: cannot read " + file + ": no such file\n");
        List<Diagnostic> diagnostics = Compiler.check(file.toAbsolutePath().normalize());
        StringBuilder rendered = new StringBuilder();
        diagnostics.forEach(d -> rendered.append(d.render()));
        int errors = (int) diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
        return new CheckResult(errors, rendered.toString());
    }

    private record Host(PrintStream out, PrintStream err, Scheduler scheduler) implements RuntimeHost {}

    private record Program(Path mainFile, ModuleRegistry registry, PrintStream err) implements RunningProgram {
        @Override
        public Set<Path> sources() {
            return registry.sources().stream().map(p -> p.toAbsolutePath().normalize()).collect(Collectors.toUnmodifiableSet());
        }

        @Override
        public ReloadOutcome reload(Path file) {
            return registry.reload(file);
        }
    }
}
