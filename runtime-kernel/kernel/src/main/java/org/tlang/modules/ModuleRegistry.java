package org.tlang.modules;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MutableCallSite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.tlang.api.Diagnostic;
import org.tlang.api.Limits;
import org.tlang.api.Report;
import org.tlang.api.RunResult;
import org.tlang.api.Severity;
import org.tlang.interp.CallTarget;
import org.tlang.interp.FunctionCell;
import org.tlang.interp.Host;
import org.tlang.interp.NodeCompiler;
import org.tlang.lang.check.CheckedModule;
import org.tlang.lang.check.ModuleInterface;
import org.tlang.lang.check.Symbol;
import org.tlang.lang.lower.Lowerer;
import org.tlang.lang.source.SourceFile;
import org.tlang.runtime.Cancellation;
import org.tlang.runtime.PanicException;
import org.tlang.spi.telemetry.Telemetry;
import org.tlang.runtime.Printer;
import org.tlang.runtime.ProgramExit;
import org.tlang.runtime.ProgramIo;
import org.tlang.runtime.StaticCell;
import org.tlang.runtime.StructShape;
import org.tlang.runtime.EnumShape;
import org.tlang.runtime.Vec;
import org.tlang.spi.natives.NativeContext;
import org.tlang.spi.natives.NativeModule;
import org.tlang.spi.program.ModuleSwitch;
import org.tlang.spi.scheduler.Task;
import org.tlang.spi.tier.ExecutionTier;
import org.tlang.spi.natives.Resources;
import org.tlang.spi.tier.ProgramTier;
import org.tlang.tir.FunctionRef;
import org.tlang.tir.GlobalRef;
import org.tlang.tir.TFunction;
import org.tlang.tir.TModule;
import org.tlang.tir.TStatic;
import org.tlang.tir.TStruct;
import org.tlang.tir.TEnum;
import org.tlang.tir.Type;

/**
 * One running program: its modules, their versions, and the cells that link them. Calls to named
 * functions go through {@link FunctionCell}s keyed by (module, name, signature); statics live in
 * {@link StaticCell}s keyed by (module, name). Loading and switching are serialised on
 * {@link #lock}; running code only reads cells, so it never waits for a switch. New versions of
 * loaded modules come through {@link #switcher()}; deciding when and whether to switch is its callers'.
 */
public final class ModuleRegistry {
    private final RuntimeHost host;
    private final Host execHost;
    final Object lock = new Object();
    final Map<String, LoadedModule> modules = new ConcurrentHashMap<>();
    final Links links = new Links();
    final RetiredVersions retired = new RetiredVersions();
    /** The token every function of a module's serving version holds (see {@link RetiredVersions}). */
    final Map<String, RetiredVersions.Token> tokens = new ConcurrentHashMap<>();
    /** One more for every switch: a stage made before another switch committed is stale. */
    long generation;
    private final Natives natives = new Natives(this);
    private final UnjoinedPanics unjoined;
    /** Tasks of this program running now, counted only under a {@code max-tasks} cap. */
    private final AtomicInteger liveTasks = new AtomicInteger();
    final RequestedExit exit = new RequestedExit();
    final ProgramShutdown shutdown = new ProgramShutdown();
    final TierUp tierUp = new TierUp(this);
    private volatile AheadOfTimeFiles aheadOfTime = AheadOfTimeFiles.IN_PACKAGE;
    private final VersionSwitch switcher = new VersionSwitch(this);
    private final ProgramContext context;
    final Imports imports;
    final ForeignFunctions foreign;
    final IsolatedFunctions isolated;

    /** A registry whose imports are files below each importer's source root. */
    public ModuleRegistry(RuntimeHost host) {
        this(host, Imports.SOURCE_ROOT);
    }

    /** @param imports where imported modules are found (a package's graph) */
    public ModuleRegistry(RuntimeHost host, Imports imports) {
        this.host = host;
        this.imports = imports;
        this.unjoined = new UnjoinedPanics(host::telemetry);
        this.context = new ProgramContext(host, this);
        this.foreign = new ForeignFunctions(this, host);
        this.isolated = new IsolatedFunctions(this, host);
        context.resources().statics(links::staticValues);
        this.execHost = new Host() {
            @Override
            public ProgramIo io() {
                return host.io();
            }

            @Override
            public org.tlang.interp.Probe probe() {
                return host.probe();
            }

            @Override
            public Resources resources() {
                return context.resources();
            }

            @Override
            public Telemetry telemetry() {
                return host.telemetry();
            }

            @Override
            public <T> Task<T> spawn(Callable<T> work) {
                return spawn(work, null);
            }

            @Override
            public <T> Task<T> spawn(Callable<T> work, Object handedOn) {
                int cap = host.limits().maxTasks();
                if (cap <= 0) return spawnCounted(work, handedOn);
                if (liveTasks.incrementAndGet() > cap) {
                    liveTasks.decrementAndGet();
                    throw new PanicException("too many tasks: " + cap + " run already (max-tasks)", null);
                }
                Callable<T> capped = () -> {
                    try {
                        return work.call();
                    } finally {
                        liveTasks.decrementAndGet();
                    }
                };
                return spawnCounted(capped, handedOn);
            }

            /** Spawned as a task a drain waits for. */
            private <T> Task<T> spawnCounted(Callable<T> work, Object handedOn) {
                Callable<T> counted = shutdown.counted(work);
                try {
                    return unjoined.spawn(host.scheduler(), host.taskScope(context.resources().task(counted, handedOn)));
                } catch (RuntimeException | Error e) {
                    shutdown.taskEnded();
                    throw e;
                }
            }
        };
    }

    ProgramIo io() {
        return host.io();
    }

    Host execHost() {
        return execHost;
    }

    /**
     * Where the function references of the module in {@code file} link: for a dependency package's
     * module, its calls of native modules go to their instances of its sandbox domain.
     */
    UnaryOperator<FunctionRef> refsFor(Path file) {
        String domain = file == null ? null : imports.domainOf(file);
        if (domain == null) return UnaryOperator.identity();
        return r -> natives.isNative(r.module()) ? natives.inDomain(r, domain) : r;
    }

    /** What native functions that ask for it receive of this program. */
    ProgramContext nativeContext() {
        return context;
    }

    /** The program stopped: its shutdown hooks run (once), then every resource it still has open (files, sockets, processes) is closed. */
    public void close() {
        shutdown.runHooks(execHost, host.io().err(), host.drainMillis());
        context.resources().closeAll();
    }

    /**
     * Drains the program (see {@link org.tlang.api.TlangRuntime#drain}): its listeners stop taking
     * work, what they took and its tasks get until {@code deadline} ({@link System#nanoTime}) to
     * finish, the listeners close, and main gets what is left of that time to return before it is
     * stopped as at {@code process.exit(0)}.
     */
    public void drain(long deadline) throws InterruptedException {
        if (!shutdown.drain(deadline)) exit.request(0);
    }

    ExecutionTier tier() {
        return host.tier();
    }

    AheadOfTimeFiles aheadOfTime() {
        return aheadOfTime;
    }

    /** Where this program's code compiled ahead of time is read from (its packages' {@code aot/} folders unless set). */
    public void aheadOfTimeFrom(AheadOfTimeFiles files) {
        aheadOfTime = files;
    }

    /**
     * The modules of {@code files} and of what they import whose file is one of {@code which},
     * compiled ahead of time by {@code compiler}: each file's batch goes through the front end and is
     * linked as a load links it, but nothing is switched to, run or initialised. Keyed by the
     * module's file; a module several files import is compiled once.
     */
    public Map<Path, byte[]> compileAhead(List<Path> files, java.util.function.Predicate<Path> which, org.tlang.spi.tier.AheadOfTimeCompiler compiler,
                                          List<String> compiled, List<String> left) throws CompileException {
        Map<Path, byte[]> out = new java.util.LinkedHashMap<>();
        java.util.Set<Path> wanted = new java.util.LinkedHashSet<>();
        for (Path f : files) wanted.add(ModuleNames.canonical(f));
        java.util.Set<String> done = new java.util.HashSet<>();
        try {
            BigStack.call(() -> {
                synchronized (lock) {
                    for (Path file : wanted) {
                        FrontEnd.Batch batch = FrontEnd.compile(file, imports, this::interfaceOf);
                        List<TModule> tirs = lowered(batch);
                        BatchLinker overlay = new BatchLinker(links, this::anyModule, tirs);
                        VersionLinkage linkage = new VersionLinkage(this, overlay, batch.files());
                        for (TModule m : tirs) {
                            Path from = batch.files().get(m.name());
                            if (from == null || !which.test(from) || !done.add(m.name())) continue;
                            byte[] code = compiler.compileAhead(m, linkage, compiled, left);
                            if (code != null) out.put(from, code);
                        }
                    }
                }
                return null;
            });
        } catch (CompileFailure e) {
            throw e.exception;
        }
        return out;
    }

    /** Whether module {@code name} runs in the process of its package ({@code [sandbox.NAME] isolation = "process"}). */
    public boolean isolates(String name) {
        return isolated.isolated(name);
    }

    /** The mechanism that switches this program's modules to new versions. */
    public ModuleSwitch switcher() {
        return switcher;
    }

    ModuleInterface interfaceOf(String module) {
        LoadedModule m = modules.get(module);
        return m != null ? m.iface() : natives.interfaceOf(module);
    }

    /** A loaded T module or a native module's compiled source, by name; null if neither. */
    LoadedModule anyModule(String name) {
        LoadedModule m = modules.get(name);
        return m != null ? m : natives.compiled(name);
    }

    /**
     * Makes a module implemented in Java importable ({@code import std.json;}) and compiles it now.
     *
     * @throws IllegalArgumentException if its source does not compile, a signature is not a T function
     *                                  type or a handle does not fit it
     */
    public void addNative(NativeModule module) {
        natives.add(module);
    }

    /**
     * Makes native modules importable without compiling them yet: each is compiled and linked when a
     * module first imports it. One that does not compile is reported on the program's stderr then,
     * and the import fails.
     */
    public void addNatives(Collection<? extends NativeModule> modules) {
        natives.addAll(modules);
    }

    /**
     * A new revision of a native module was registered: if this program linked the one before, the
     * new one serves its next calls (see {@link Natives#update}). Returns why it was refused (the
     * old one serving), or null.
     */
    public String updateNative(NativeModule module) {
        return natives.update(module);
    }

    /**
     * The bundle of a native module stopped: if this program linked it, its calls wait for the next
     * revision (see {@link Natives#suspend}). Returns how many calls still ran in the old one.
     */
    public long suspendNative(NativeModule module) {
        return natives.suspend(module);
    }

    /** As {@link #addNatives(Collection)}; an import of a module that is not among them asks {@code starter}. */
    public void addNatives(Collection<? extends NativeModule> modules, NativeStarter starter) {
        natives.addAll(modules);
        natives.startWith(starter);
    }

    /** Compiles {@code file} and everything it imports, links, runs static initialisers. */
    public LoadedModule load(Path file) throws CompileException {
        try {
            return BigStack.call(() -> loadHere(file));
        } catch (CompileFailure e) {
            throw e.exception;
        }
    }

    /** The TIR of each module of {@code batch}; a CompileFailure when the front end found errors. */
    private List<TModule> lowered(FrontEnd.Batch batch) {
        if (!batch.ok()) throw new CompileFailure(new CompileException(batch.diagnostics()));
        return batch.modules().stream().map(cm -> Lowerer.lower(cm, refsFor(batch.files().get(cm.name())))).toList();
    }

    /** Carries a CompileException out of the big-stack thread. */
    private static final class CompileFailure extends RuntimeException {
        final CompileException exception;

        CompileFailure(CompileException exception) {
            super(null, null, false, false);
            this.exception = exception;
        }
    }

    private LoadedModule loadHere(Path file) {
        synchronized (lock) {
            Path abs = ModuleNames.canonical(file);
            String name = imports.moduleName(abs);
            LoadedModule existing = modules.get(name);
            if (existing != null && existing.file().equals(abs)) return existing;
            FrontEnd.Batch batch = FrontEnd.compile(abs, imports, this::interfaceOf);
            List<TModule> tirs = lowered(batch);
            BatchLinker overlay = new BatchLinker(links, this::anyModule, tirs);
            NodeCompiler compiler = new NodeCompiler(overlay, execHost);
            Map<FunctionCell, CallTarget> targets = new HashMap<>();
            for (TModule m : tirs) {
                RetiredVersions.Token token = new RetiredVersions.Token(m.name(), 1);
                tokens.put(m.name(), token);
                for (TFunction fn : m.functions()) {
                    CallTarget target = compiler.compile(fn);
                    target.belongsTo(token);
                    targets.put(overlay.function(ref(fn)), target);
                }
            }
            links.switchAll(targets);
            List<Diagnostic> unlinked = foreign.link(batch.modules(), batch.files());
            if (!unlinked.isEmpty()) throw new CompileFailure(new CompileException(unlinked));
            Map<String, IsolatedPackage> elsewhere = isolated.of(batch.modules(), batch.files());
            List<TModule> here = elsewhere.isEmpty() ? tirs : tirs.stream().filter(m -> !elsewhere.containsKey(m.name())).toList();
            if (!elsewhere.isEmpty()) {
                List<Diagnostic> uncrossable = isolated.link(batch.modules(), tirs, elsewhere);
                if (!uncrossable.isEmpty()) throw new CompileFailure(new CompileException(uncrossable));
            }
            tierUp.arm(here, batch.files(), targets, overlay);
            for (int i = 0; i < tirs.size(); i++) {
                CheckedModule cm = batch.modules().get(i);
                modules.put(cm.name(), new LoadedModule(cm, batch.files().get(cm.name()), tirs.get(i), 1, batch.warningsOf(cm),
                        cm.syntax().source().text()));
            }
            // statics: imported modules first
            List<Diagnostic> failures = new ArrayList<>();
            for (TModule m : tirs) {
                for (TStatic s : m.statics()) {
                    StaticCell cell = overlay.global(new GlobalRef(m.name(), s.name(), s.type()));
                    if (elsewhere.containsKey(m.name())) {
                        cell.initialiseWith(() -> IsolatedFunctions.elsewhere(m.name(), s.name()));
                        continue;
                    }
                    CallTarget init = compiler.compile(s.init());
                    cell.initialiseWith(() -> init.call(new Object[0]));
                }
            }
            for (int i = tirs.size() - 1; i >= 0; i--) {
                TModule m = tirs.get(i);
                if (elsewhere.containsKey(m.name())) continue;
                for (TStatic s : m.statics()) {
                    StaticCell cell = overlay.global(new GlobalRef(m.name(), s.name(), s.type()));
                    try {
                        cell.initialise();
                    } catch (PanicException p) {
                        failures.add(new Diagnostic(Severity.ERROR, m.file(), s.init().pos().line(), s.init().pos().column(),
                                "initialiser of `" + s.name() + "` panicked: " + p.getMessage()));
                    }
                }
            }
            if (!failures.isEmpty()) {
                for (TModule m : tirs) modules.remove(m.name());
                throw new CompileFailure(new CompileException(failures));
            }
            generation++;
            return modules.get(name);
        }
    }

    /** Runs main of a loaded module with args, on a thread with a big stack, and says how it ended. */
    public RunResult runMain(LoadedModule module, List<String> args) {
        LoadedModule current = modules.getOrDefault(module.name(), module);
        TFunction main = current.tir().function("main");
        if (main == null) return RunResult.notRun("module " + current.name() + " has no `fn main()` or `fn main(args: Vec<Str>)`");
        if (main.params().size() > 1 || !main.result().equals(Type.UNIT)
                || (main.params().size() == 1 && !main.params().getFirst().type().equals(Type.vec(Type.STR)))) {
            SourceFile source = new SourceFile(current.file(), current.displayName(), current.source());
            return RunResult.compileError(List.of(source.diagnostic(Severity.ERROR, main.pos(),
                    "`main` must be `fn main()` or `fn main(args: Vec<Str>)`, not `" + main.signature() + "`")));
        }
        Runnable program;
        if (host.tier() instanceof ProgramTier whole) {
            // a tier that runs the whole program in a machine of its own (wasm): it gets the TIR at main
            try {
                ProgramTier.Program compiled = whole.compile(modules.values().stream().map(LoadedModule::tir).toList(), current.name());
                program = () -> compiled.run(args, host.io());
            } catch (ProgramTier.Refused r) {
                LoadedModule at = modules.getOrDefault(r.module(), current);
                SourceFile source = new SourceFile(at.file(), at.displayName(), at.source());
                return RunResult.compileError(List.of(source.diagnostic(Severity.ERROR, r.pos(), r.getMessage())));
            }
        } else {
            FunctionCell cell = links.existingCell(ref(main));
            Object[] callArgs = main.params().isEmpty() ? new Object[0] : new Object[] {Vec.copyOf(args)};
            program = () -> cell.call(callArgs);
        }
        context.args(args);
        // process.exit in another task stops main: its loops at their next poll, a wait at once
        Limits limits = host.limits();
        Cancellation cancel = Cancellation.current() != null ? Cancellation.current()
                : limits.maxFuel() > 0 ? Cancellation.withFuel(limits.maxFuel()) : new Cancellation();
        AtomicReference<Thread> mainThread = new AtomicReference<>();
        Runnable unhook = exit.onRequest(() -> {
            cancel.cancel(RequestedExit.REASON);
            Thread t = mainThread.get();
            if (t != null && t != Thread.currentThread()) t.interrupt();
        });
        // past its deadline the program stops as at process.exit, with the panic `deadline exceeded`
        Deadline deadline = limits.maxMillis() <= 0 ? Deadline.NONE : Deadline.after(limits.maxMillis(), () -> {
            cancel.cancel(Cancellation.DEADLINE);
            Thread t = mainThread.get();
            if (t != null) t.interrupt();
        });
        try {
            RunResult result;
            try {
                result = cancel.call(() -> runMain(() -> {
                    mainThread.set(Thread.currentThread());
                    program.run();
                }));
            } finally {
                shutdown.mainEnded();
            }
            Integer status = exit.status();
            if (status == null) return result;
            return RunResult.exited(status, result.unjoined().stream().filter(p -> !p.message().equals(RequestedExit.REASON)).toList());
        } finally {
            deadline.cancel();
            unhook.run();
        }
    }

    private RunResult runMain(Runnable main) {
        try {
            BigStack.call(context.resources().main(() -> {
                main.run();
                return null;
            }));
            host.io().out().flush();
            return RunResult.completed(unjoined.drain());
        } catch (ProgramExit e) {
            host.io().out().flush();
            return RunResult.completed(unjoined.drain());
        } catch (PanicException p) {
            host.io().out().flush();
            PanicEvents.record(host.telemetry(), p, "main");
            return RunResult.panicked(p.toPanic(), unjoined.drain());
        } catch (StackOverflowError | OutOfMemoryError e) {
            host.io().out().flush();
            PanicException p = PanicException.exhausted(e);
            PanicEvents.record(host.telemetry(), p, "main");
            return RunResult.panicked(p.toPanic(), unjoined.drain());
        } catch (RuntimeException | LinkageError e) {
            // not a T panic: a bug in the runtime (or a std bundle's classes gone under it); say so rather than pretend it is the program's
            host.io().out().flush();
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            return RunResult.internalError("internal error (a bug in tlang, not in the program): " + e + "\n" + trace, unjoined.drain());
        }
    }

    /**
     * Another {@link org.tlang.spi.ffi.ForeignLinker} was bound: the program's extern functions link
     * again through it, and every call that starts from now on goes to it.
     */
    public void relinkForeign() {
        foreign.relink();
    }

    /** The status the program gave {@code process.exit}, or null while it did not call it. */
    public Integer exitStatus() {
        return exit.status();
    }

    /** Runs {@code stop} once the program calls {@code process.exit} (at once if it did); the returned handle removes it. */
    public Runnable onExit(Runnable stop) {
        return exit.onRequest(stop);
    }

    /**
     * Calls a zero-argument pub fn of a loaded module, on a thread with a big stack as main, and
     * returns its printed form. A panic propagates as {@link PanicException}.
     */
    public String call(String module, String function) {
        LoadedModule m = modules.get(module);
        if (m == null) throw new IllegalArgumentException("no module " + module + " is loaded");
        TFunction fn = m.tir().function(function);
        if (fn == null || !fn.params().isEmpty() || !(m.iface().item(function) instanceof Symbol.Fn sym) || !sym.pub()) {
            throw new IllegalArgumentException("module " + module + " has no zero-argument pub fn " + function);
        }
        FunctionCell cell = links.existingCell(ref(fn));
        String shown = BigStack.call(() -> Printer.show(cell.call(new Object[0])));
        host.io().out().flush();
        return shown;
    }

    /**
     * Runs every `test fn` of every loaded module (modules by name, tests in source order), printing
     * {@code test module.name ... ok|FAILED} per test, the panic of each failure, and the summary line
     * to the program's stdout.
     */
    public TestReport runTests() {
        return runTests(List.of());
    }

    /** As {@link #runTests()}, with files that did not compile counted as failed first ({@code test FILE ... FAILED}). */
    public TestReport runTests(List<String> uncompiled) {
        PrintStream out = host.io().out();
        int passed = 0;
        List<String> failures = new ArrayList<>();
        for (String file : uncompiled) {
            out.println("test " + file + " ... FAILED (does not compile)");
            failures.add(file);
        }
        List<LoadedModule> all = new ArrayList<>(modules.values());
        all.sort(Comparator.comparing(LoadedModule::name));
        for (LoadedModule m : all) {
            for (String test : m.tests()) {
                TFunction fn = m.tir().function(test);
                String label = m.name() + "." + test;
                try {
                    FunctionCell cell = links.existingCell(ref(fn));
                    // each test is a task of its own: what it leaves open closes when it ends
                    BigStack.call(host.taskScope(context.resources().task(() -> cell.call(new Object[0]), null)));
                    out.println("test " + label + " ... ok");
                    passed++;
                } catch (PanicException p) {
                    out.println("test " + label + " ... FAILED");
                    out.print(Report.panic(p.toPanic()).indent(4));
                    failures.add(label);
                }
                out.flush();
            }
        }
        TestReport report = new TestReport(passed, failures.size(), failures);
        out.println(report.summary());
        out.flush();
        return report;
    }

    /**
     * The call site through which compiled code calls {@code callee} (the tier SPI's linkage). Its
     * target calls the function's cell, so it follows every reload; {@link #install} retargets both.
     */
    public MutableCallSite callSite(FunctionRef callee) {
        synchronized (lock) {
            return links.callSite(callee);
        }
    }

    /**
     * Installs compiled code for one function (tier-up): every call that starts from now on,
     * interpreted or compiled, runs {@code code}, whose type is
     * {@link org.tlang.runtime.JvmTypes#methodType} of the function's signature.
     */
    public void install(FunctionRef function, MethodHandle code) {
        synchronized (lock) {
            LoadedModule m = modules.get(function.module());
            links.install(function, m == null ? "<native>" : m.displayName(), code);
        }
    }

    /** Source files of every loaded module (for file watching). */
    public Set<Path> sources() {
        Set<Path> out = new LinkedHashSet<>();
        for (LoadedModule m : modules.values()) out.add(m.file());
        return out;
    }

    /** The version of every loaded module serving now. */
    public List<LoadedModule> modules() {
        synchronized (lock) {
            return List.copyOf(modules.values());
        }
    }

    /** The version of {@code module} serving now, or null. */
    public LoadedModule module(String module) {
        return modules.get(module);
    }

    /** The serving version's {@code pub fn function} of loaded module {@code module}, for a host to call; null if there is none. */
    public HostCall hostCall(String module, String function) {
        LoadedModule m = modules.get(module);
        if (m == null) return null;
        TFunction fn = m.tir().function(function);
        if (fn == null || !pub(m, function)) return null;
        return new HostCall(m, fn, links.existingCell(ref(fn)), work -> host.taskScope(context.resources().task(work, null)));
    }

    /** Whether {@code function} of {@code m} is a pub fn, or a pub method ({@code Point::new}). */
    private static boolean pub(LoadedModule m, String function) {
        int sep = function.indexOf("::");
        if (sep < 0) return m.iface().item(function) instanceof Symbol.Fn sym && sym.pub();
        String type = function.substring(0, sep);
        for (var byType : m.iface().methods().entrySet()) {
            String name = byType.getKey();
            if (!name.equals(type) && !name.endsWith("." + type)) continue;
            Symbol.Fn sym = byType.getValue().get(function.substring(sep + 2));
            return sym != null && sym.pub();
        }
        return false;
    }

    /** The declaration of struct {@code name} ({@code app.shapes.Point}) in a loaded module, or null. */
    public TStruct struct(String name) {
        LoadedModule m = anyModule(name.substring(0, Math.max(0, name.lastIndexOf('.'))));
        if (m == null) return null;
        for (TStruct s : m.tir().structs()) if (s.name().equals(name)) return s;
        return null;
    }

    /** The declaration of enum {@code name} in a loaded module, or null. */
    public TEnum enumDecl(String name) {
        LoadedModule m = anyModule(name.substring(0, Math.max(0, name.lastIndexOf('.'))));
        if (m == null) return null;
        for (TEnum e : m.tir().enums()) if (e.name().equals(name)) return e;
        return null;
    }

    /** The runtime descriptor of {@code decl}'s values, the one its module's code makes them with. */
    public StructShape shape(TStruct decl) {
        return links.struct(decl);
    }

    public EnumShape shape(TEnum decl) {
        return links.enumShape(decl);
    }

    static FunctionRef ref(TFunction fn) {
        return new FunctionRef(fn.module(), fn.name(), fn.signature());
    }
}
