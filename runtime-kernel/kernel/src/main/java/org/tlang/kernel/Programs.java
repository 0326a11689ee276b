package org.tlang.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Hashtable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.tlang.spi.cluster.Cluster;
import org.tlang.spi.telemetry.Telemetry;
import org.tlang.spi.ffi.ForeignLinker;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tlang.api.CheckResult;
import org.tlang.api.ContextOptions;
import org.tlang.api.TlangException;
import org.tlang.api.Diagnostic;
import org.tlang.api.ReplSession;
import org.tlang.api.Limits;
import org.tlang.api.RunRequest;
import org.tlang.sandbox.Sandbox;
import org.tlang.api.RunResult;
import org.tlang.api.TestResult;
import org.tlang.lang.source.SourceFile;
import org.tlang.modules.CompileException;
import org.tlang.modules.Imports;
import org.tlang.modules.Compiler;
import org.tlang.modules.LoadedModule;
import org.tlang.modules.ModuleNames;
import org.tlang.modules.ModuleRegistry;
import org.tlang.api.DebugOptions;
import org.tlang.debug.DapServer;
import org.tlang.spi.program.ModuleSource;
import org.tlang.spi.program.Staged;
import org.tlang.debug.Debugger;
import org.tlang.interp.Probe;
import org.tlang.modules.IsolatedPackage;
import org.tlang.modules.RuntimeHost;
import org.tlang.modules.TestReport;
import org.tlang.packages.ManifestReader;
import org.tlang.packages.PackageException;
import org.tlang.runtime.ProgramIo;
import org.tlang.spi.io.IoDriver;
import org.tlang.spi.memory.Allocator;
import org.tlang.spi.memory.Collector;
import org.tlang.spi.natives.NativeModule;
import org.tlang.spi.program.ModuleSwitch;
import org.tlang.spi.program.RunningProgram;
import org.tlang.spi.scheduler.Scheduler;
import org.tlang.spi.tier.ExecutionTier;

/**
 * Runs and checks T programs: each run gets its own module registry, on the kernel's scheduler and
 * the tier bound at the time. Paths are made absolute and normalised here, where a request enters.
 */
final class Programs {
    private static final Logger LOG = LoggerFactory.getLogger(Programs.class);
    private final BundleContext context;
    private final Scheduler scheduler;
    private final IoDriver ioDriver;
    private final AllocatorRouter allocator;
    private final Collector collector;
    private final NativeBundles natives;
    private final Supplier<ExecutionTier> tier;
    private final Supplier<ForeignLinker> ffi;
    private final Supplier<Cluster> cluster;
    private final Supplier<Telemetry> telemetry;
    private final LongSupplier drainMillis;
    /** The registries of programs {@link #run} runs now: the ones a drain stops. */
    private final Set<ModuleRegistry> running = ConcurrentHashMap.newKeySet();
    private final IsolatedChildren isolatedRuns = new IsolatedChildren();
    /** Set by the first drain: programs started after it stop at once. */
    private volatile boolean draining;
    /** The registries of programs, tests and REPL sessions not yet collected: the ones a native module update goes to. */
    private final Set<ModuleRegistry> live = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    /**
     * @param natives the native modules ({@code std.*}): each new program gets those registered now, and starts the others it imports
     * @param tier    the compiling tier bound now (null: the interpreter only)
     */
    Programs(BundleContext context, Scheduler scheduler, IoDriver ioDriver, AllocatorRouter allocator, Collector collector, NativeBundles natives,
             Supplier<ExecutionTier> tier, Supplier<ForeignLinker> ffi, Supplier<Cluster> cluster, Supplier<Telemetry> telemetry, LongSupplier drainMillis) {
        this.collector = collector;
        this.context = context;
        this.scheduler = scheduler;
        this.ioDriver = ioDriver;
        this.allocator = allocator;
        this.natives = natives;
        this.tier = tier;
        this.ffi = ffi;
        this.cluster = cluster;
        this.telemetry = telemetry;
        this.drainMillis = drainMillis;
    }

    /**
     * What a program sees of the runtime: its streams, the scheduler, I/O, allocator and collector routers and the tier
     * bound now, and what the sandbox grants its code.
     */
    private record ProgramHost(ProgramIo io, InputStream stdin, Scheduler scheduler, IoDriver ioDriver, AllocatorRouter allocator,
                               Collector collector, Supplier<ExecutionTier> tiers, Supplier<ForeignLinker> ffi, Supplier<Cluster> clusters, Supplier<Telemetry> telemetries,
                               ProgramGrants grants, Limits limits, PackageProcesses isolated, Debugger debugger, LongSupplier drain)
            implements RuntimeHost {
        @Override
        public Telemetry telemetry() {
            return telemetries.get();
        }

        @Override
        public long drainMillis() {
            return drain.getAsLong();
        }

        @Override
        public Probe probe() {
            return debugger != null && debugger.attached() ? debugger : null;
        }

        @Override
        public ForeignLinker foreignLinker() {
            return ffi.get();
        }

        @Override
        public IsolatedPackage isolatedPackage(String domain, ModuleRegistry registry) {
            return isolated == null ? null : isolated.of(domain, registry);
        }

        @Override
        public Cluster cluster() {
            return clusters.get();
        }

        @Override
        public String denied(String domain, String capability, String target) {
            return grants.denied(domain, capability, target);
        }

        @Override
        public ExecutionTier tier() {
            return tiers.get();
        }

        @Override
        public <T> Callable<T> taskScope(Callable<T> task) {
            return allocator.taskScope(task);
        }

        @Override
        public long memoryCap() {
            return allocator.maxBytesPerProgram();
        }

        @Override
        public void memoryRefused() {
            allocator.refused();
        }
    }

    /** A program's registry, with the native modules present now (each compiled when first imported). */
    private ModuleRegistry registry(ProgramIo io) {
        return registry(io, InputStream.nullInputStream(), Imports.SOURCE_ROOT, new ProgramGrants(Sandbox.DEFAULT, null, false));
    }

    private ModuleRegistry registry(ProgramIo io, InputStream stdin, Imports imports, ProgramGrants grants) {
        return registry(io, stdin, imports, grants, Limits.NONE);
    }

    private ModuleRegistry registry(ProgramIo io, InputStream stdin, Imports imports, ProgramGrants grants, Limits limits) {
        return registry(io, stdin, imports, grants, limits, null, null);
    }

    private ModuleRegistry registry(ProgramIo io, InputStream stdin, Imports imports, ProgramGrants grants, Limits limits, PackageProcesses isolated,
                                    Debugger debugger) {
        ModuleRegistry registry = new ModuleRegistry(new ProgramHost(io, stdin, scheduler, ioDriver, allocator, collector, tier, ffi, cluster, telemetry, grants, limits,
                isolated, debugger, drainMillis), imports);
        registry.addNatives(natives.registered(), natives);
        live.add(registry);
        return registry;
    }

    /**
     * Drains every program running now, all at once, each until {@code drainMillis} from now (see
     * {@link ModuleRegistry#drain}); returns when each was drained or told to stop.
     */
    void drain() {
        draining = true;
        isolatedRuns.drain();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(drainMillis.getAsLong());
        List<Thread> drains = new ArrayList<>();
        for (ModuleRegistry registry : List.copyOf(running)) {
            drains.add(Thread.ofPlatform().name("tlang-drain").start(() -> {
                try {
                    registry.drain(deadline);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        for (Thread t : drains) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void drainNow(ModuleRegistry registry) {
        try {
            registry.drain(System.nanoTime());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Another foreign function linker was bound: every running program links its extern functions again through it. */
    void foreignLinkerSwapped() {
        for (ModuleRegistry registry : live()) registry.relinkForeign();
    }

    /** The bundle of native module {@code module} stopped: the programs that linked it hold its calls until the next revision. */
    void nativeStopped(NativeModule module) {
        for (ModuleRegistry registry : live()) {
            long still = registry.suspendNative(module);
            if (still > 0) LOG.warn("{} stopped with {} calls of a running program still in it; they go on in the old version", module.name(), still);
        }
    }

    /**
     * A module of a running program, outside {@code src}, whose version serving now uses an item of
     * package {@code name} (of module {@code name} or {@code name.*}), as {@code app.main uses
     * geo.distance.manhattan}; or null.
     */
    String importerOf(String name, Path src) {
        for (ModuleRegistry registry : live()) {
            for (LoadedModule m : registry.modules()) {
                if (m.file().startsWith(src)) continue;
                for (String used : m.uses().keySet()) {
                    if (used.startsWith(name + ".") || used.startsWith(name + "@")) return m.name() + " uses " + used;
                }
            }
        }
        return null;
    }

    private List<ModuleRegistry> live() {
        synchronized (live) {
            return List.copyOf(live);
        }
    }

    /**
     * A new revision of native module {@code module} was registered: each program that linked the
     * one before switches to it, or keeps the one before if the new one would break it (said in the log).
     */
    void nativeUpdated(NativeModule module) {
        for (ModuleRegistry registry : live()) {
            String refused = registry.updateNative(module);
            if (refused != null) LOG.warn("{} not updated in a running program: {}", module.name(), refused);
        }
    }

    /**
     * @param profile   the text of the profile bound now, and the implementations chosen instead
     *                  of its own ({@code --tier}): what an isolated program's child runtime composes
     */
    RunResult run(RunRequest request, Sandbox sandbox, String profile, Map<String, String> overrides) {
        return run(request, sandbox, profile, overrides, null);
    }

    /** @param debugging null, or how the run is debugged ({@link org.tlang.api.TlangRuntime#debug}) */
    RunResult run(RunRequest request, Sandbox sandbox, String profile, Map<String, String> overrides, DebugOptions debugging) {
        if (request.allow() != null) {
            try {
                sandbox = sandbox.withProgram(Sandbox.parseFlags(request.allow()));
            } catch (IllegalArgumentException e) {
                return RunResult.notRun(e.getMessage());
            }
        }
        Path file = ModuleNames.canonical(request.file());
        if (Files.isDirectory(file) && Files.isRegularFile(file.resolve("t.toml"))) {
            // a package folder: its main module
            try {
                String name = new ManifestReader().read(file, "t.toml").name();
                file = file.resolve("src").resolve(name.replace('.', '/')).resolve("main.t");
            } catch (PackageException e) {
                return RunResult.compileError(e.diagnostics());
            }
            if (!Files.isRegularFile(file)) return RunResult.notRun("package " + request.file() + " has no " + file + " to run");
        }
        String unreadable = SourceFile.unreadable(file);
        if (unreadable != null) return RunResult.notRun("cannot read " + request.file() + ": " + unreadable);
        ProgramPackages packages;
        try {
            packages = ProgramPackages.of(List.of(file), request.locked());
        } catch (PackageException e) {
            return RunResult.compileError(e.diagnostics());
        }
        ProgramGrants grants = new ProgramGrants(sandbox, packages, false);
        List<Diagnostic> refused = grants.refusals();
        if (!refused.isEmpty()) return RunResult.compileError(refused);
        if (debugging != null && sandbox.process()) return RunResult.notRun("a program run in a process of its own ([sandbox] isolation = \"process\") cannot be debugged here");
        if (sandbox.process() && !ChildJvm.inChild()) return IsolatedRun.run(request, file, profile, overrides, sandbox.grantsNet(), isolatedRuns);
        ProgramIo io = new ProgramIo(request.out(), request.err());
        PackageProcesses isolated = sandbox.isolated().isEmpty() ? null : new PackageProcesses(sandbox, packages, grants, profile, overrides, io);
        Debugger debugger = debugging == null ? null : new Debugger(debugging.suspend());
        ModuleRegistry registry = registry(io, request.in(), packages, grants, request.limits().or(sandbox.limits()), isolated, debugger);
        LoadedModule main;
        try {
            main = registry.load(file);
        } catch (CompileException e) {
            if (isolated != null) isolated.close();
            return RunResult.compileError(e.diagnostics());
        }
        DapServer dap = null;
        if (debugger != null) {
            try {
                dap = new DapServer(debugging.port(), debugger, shown -> registry.modules().stream()
                        .filter(m -> m.displayName().equals(shown) || m.file().endsWith(shown)).map(LoadedModule::file).findFirst().orElse(null));
                debugging.listening().accept(dap.port());
                // a client that attaches to code compiled without it gets every module compiled again for it, and again without it when it goes
                dap.serve(() -> recompile(registry, debugger, true), () -> recompile(registry, debugger, false));
                if (debugging.suspend()) dap.awaitConfigured();
            } catch (IOException e) {
                registry.close();
                return RunResult.notRun("the debugger cannot listen: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                registry.close();
                return RunResult.notRun("interrupted while waiting for a debugger");
            }
        }
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(RunningProgram.WATCH, request.watch());
        ServiceRegistration<RunningProgram> registration =
                context.registerService(RunningProgram.class, new Program(file, registry, io.err()), props);
        running.add(registry);
        if (draining) drainNow(registry); // a drain began while it compiled: it stops at once
        try {
            RunResult result = registry.runMain(main, request.args());
            if (dap != null) dap.exited(switch (result.status()) {
                case COMPLETED -> 0;
                case EXITED -> result.exitStatus();
                case PANICKED, INTERNAL_ERROR -> 101;
                default -> 1;
            });
            return result;
        } finally {
            if (dap != null) {
                try {
                    dap.close();
                } catch (IOException ignored) {
                    // the client's socket was closed already
                }
            }
            running.remove(registry);
            registration.unregister();
            registry.close();
            if (isolated != null) isolated.close();
            io.flush();
        }
    }

    /**
     * A debugger attached ({@code attached}) or went: every loaded module is compiled again from
     * the source of its serving version, with the debugger's probes or without them, and switched
     * to as a reload switches (statics kept); calls already running finish in the code they began in.
     */
    private static void recompile(ModuleRegistry registry, Debugger debugger, boolean attached) {
        if (attached == debugger.attached()) return;
        if (attached) debugger.attach();
        else debugger.detach();
        List<ModuleSource> sources = new ArrayList<>();
        for (LoadedModule m : registry.modules()) if (!registry.isolates(m.name())) sources.add(ModuleSource.version(m));
        if (sources.isEmpty()) return;
        Staged staged = registry.switcher().stage(sources);
        if (!staged.compiled() || !staged.changedStatics().isEmpty() || !staged.initialise().isEmpty()) {
            LOG.warn("the debugger could not compile the program's modules again: {}", staged.diagnostics());
            return;
        }
        staged.commit();
    }

    /**
     * A context for an embedding host: a registry with no main, its grants worked out as for a run
     * of a module below {@code options.root()} (the package there, if any, must be granted what it declares).
     */
    EmbeddedContext context(ContextOptions options, Sandbox sandbox) {
        if (options.allow() != null) {
            try {
                sandbox = sandbox.withProgram(Sandbox.parseFlags(options.allow()));
            } catch (IllegalArgumentException e) {
                throw new TlangException(e.getMessage());
            }
        }
        if (sandbox.process()) throw new TlangException("a context cannot run in a process of its own (isolation = \"process\"); run the program instead");
        Path root = ModuleNames.canonical(options.root());
        if (!Files.isDirectory(root)) throw new TlangException("the context's root " + options.root() + " is not a folder");
        Path where = Files.isRegularFile(root.resolve("t.toml")) ? root.resolve("src").resolve("_.t") : root.resolve("_.t");
        ProgramPackages packages;
        try {
            packages = ProgramPackages.of(List.of(where), false);
        } catch (PackageException e) {
            throw TlangException.compileErrors(e.diagnostics());
        }
        ProgramGrants grants = new ProgramGrants(sandbox, packages, false);
        List<Diagnostic> refused = grants.refusals();
        if (!refused.isEmpty()) throw TlangException.compileErrors(refused);
        ProgramIo io = new ProgramIo(options.out(), options.err());
        Limits limits = options.limits().or(sandbox.limits());
        return new EmbeddedContext(registry(io, options.in(), packages, grants, limits), io, root, limits);
    }

    /** A file that does not compile counts as one failed test; the files after it still run. */
    TestResult test(Path path, PrintStream out, PrintStream err, boolean locked, Sandbox sandbox) {
        List<Path> files;
        try {
            files = SourceFiles.find(ModuleNames.canonical(path), path);
        } catch (SourceFiles.Unreadable e) {
            return new TestResult(0, 0, List.of(), e.getMessage());
        }
        ProgramPackages packages;
        try {
            packages = ProgramPackages.of(files, locked);
        } catch (PackageException e) {
            return new TestResult(0, 0, e.diagnostics(), null);
        }
        ProgramGrants grants = new ProgramGrants(sandbox, packages, true);
        List<Diagnostic> refused = grants.refusals();
        if (!refused.isEmpty()) return new TestResult(0, 0, refused, null);
        ModuleRegistry registry = registry(new ProgramIo(out, err), InputStream.nullInputStream(), packages, grants);
        Set<Diagnostic> diagnostics = new LinkedHashSet<>();
        List<String> uncompiled = new ArrayList<>();
        for (Path file : files) {
            try {
                registry.load(file);
            } catch (CompileException e) {
                diagnostics.addAll(e.diagnostics());
                uncompiled.add(ModuleNames.displayName(file));
            }
        }
        TestReport report = registry.runTests(uncompiled);
        registry.close();
        out.flush();
        return new TestResult(report.passed(), report.failed(), List.copyOf(diagnostics), null);
    }

    /** The modules below {@code root}'s {@code src/} compiled ahead of time by the tier bound now; see {@link org.tlang.api.TlangRuntime#compileAhead}. */
    org.tlang.api.AheadOfTimeBuild compileAhead(Path root, boolean locked) {
        if (!(tier.get() instanceof org.tlang.spi.tier.AheadOfTimeCompiler compiler)) {
            return org.tlang.api.AheadOfTimeBuild.none("the tier bound now does not compile ahead of time");
        }
        Path src = ModuleNames.canonical(root).resolve("src");
        List<Path> files;
        ProgramPackages packages;
        try {
            files = SourceFiles.find(src, src);
            packages = ProgramPackages.of(files, locked);
        } catch (SourceFiles.Unreadable e) {
            return org.tlang.api.AheadOfTimeBuild.none(e.getMessage());
        } catch (PackageException e) {
            return org.tlang.api.AheadOfTimeBuild.none(e.diagnostics().stream().map(org.tlang.api.Diagnostic::render).collect(java.util.stream.Collectors.joining("\n")));
        }
        ModuleRegistry registry = registry(new ProgramIo(new PrintStream(OutputStream.nullOutputStream()), new PrintStream(OutputStream.nullOutputStream())),
                InputStream.nullInputStream(), packages, new ProgramGrants(Sandbox.DEFAULT, packages, false));
        List<String> compiled = new ArrayList<>();
        List<String> left = new ArrayList<>();
        Map<String, byte[]> out = new java.util.TreeMap<>();
        try {
            registry.compileAhead(files, file -> file.startsWith(src), compiler, compiled, left)
                    .forEach((file, code) -> out.put(org.tlang.modules.AheadOfTimeFiles.path(compiler.format(), src.relativize(file)), code));
        } catch (CompileException e) {
            return org.tlang.api.AheadOfTimeBuild.none(e.diagnostics().stream().map(org.tlang.api.Diagnostic::render).collect(java.util.stream.Collectors.joining("\n")));
        } finally {
            registry.close();
        }
        return new org.tlang.api.AheadOfTimeBuild(out, compiled, left, null);
    }

    ReplSession repl(PrintStream out, PrintStream err) {
        ProgramIo io = new ProgramIo(out, err);
        return new ScratchRepl(registry(io), io);
    }

    /** Checks a file, or every T file below a folder (a diagnostic of a module several import, once). */
    CheckResult check(Path path, boolean locked) {
        List<Path> files;
        try {
            files = SourceFiles.find(ModuleNames.canonical(path), path);
        } catch (SourceFiles.Unreadable e) {
            return new CheckResult(List.of(), e.getMessage());
        }
        ProgramPackages packages;
        try {
            packages = ProgramPackages.of(files, locked);
        } catch (PackageException e) {
            return new CheckResult(e.diagnostics(), null);
        }
        Set<Diagnostic> diagnostics = new LinkedHashSet<>();
        for (Path file : files) diagnostics.addAll(Compiler.check(file, natives.registered(), natives, packages));
        return new CheckResult(List.copyOf(diagnostics), null);
    }

    private record Program(Path mainFile, ModuleRegistry registry, PrintStream err) implements RunningProgram {
        @Override
        public Set<Path> sources() {
            return Set.copyOf(registry.sources());
        }

        @Override
        public ModuleSwitch modules() {
            return registry.switcher();
        }
    }
}
