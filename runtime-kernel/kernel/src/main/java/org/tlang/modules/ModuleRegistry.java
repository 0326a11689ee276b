package org.tlang.modules;

import org.tlang.spi.program.ReloadOutcome;

import java.io.PrintStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MutableCallSite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.tlang.interp.CallTarget;
import org.tlang.interp.FunctionCell;
import org.tlang.interp.Handles;
import org.tlang.interp.Host;
import org.tlang.interp.NodeCompiler;
import org.tlang.runtime.PanicException;
import org.tlang.runtime.Printer;
import org.tlang.runtime.StaticCell;
import org.tlang.runtime.Vec;
import org.tlang.lang.check.CheckedModule;
import org.tlang.lang.check.ModuleInterface;
import org.tlang.lang.check.Symbol;
import org.tlang.lang.lower.Lowerer;
import org.tlang.api.Diagnostic;
import org.tlang.api.Severity;
import org.tlang.spi.scheduler.Task;
import org.tlang.tir.FunctionRef;
import org.tlang.tir.GlobalRef;
import org.tlang.tir.TFunction;
import org.tlang.tir.TModule;
import org.tlang.tir.TStatic;
import org.tlang.tir.Type;

/**
 * One running program: its modules, their versions, and the cells that link them. Calls to named
 * functions go through {@link FunctionCell}s keyed by (module, name, signature); statics live in
 * {@link StaticCell}s keyed by (module, name). Loading and reloading are serialised; running code
 * only reads cells, so it never waits for a reload.
 */
public final class ModuleRegistry {
    private final RuntimeHost host;
    private final Host execHost;
    private final Object lock = new Object();
    private final Map<String, LoadedModule> modules = new ConcurrentHashMap<>();
    private final Map<String, ModuleInterface> natives = new ConcurrentHashMap<>();
    /** The compiled T source of each native module (types the linker looks up), by module name. */
    private final Map<String, LoadedModule> nativeModules = new ConcurrentHashMap<>();
    /** Native modules given by {@link #addNatives}, not imported yet. */
    private final Map<String, org.tlang.spi.natives.NativeModule> pendingNatives = new ConcurrentHashMap<>();
    private final Links links = new Links();
    private final UnjoinedPanics unjoined = new UnjoinedPanics();
    /** Earlier versions of each module, newest last, for rollback. */
    private final Map<String, java.util.Deque<LoadedModule>> history = new ConcurrentHashMap<>();
    private final RetiredVersions retired = new RetiredVersions();
    private final Map<String, RetiredVersions.Token> tokens = new ConcurrentHashMap<>();
    private static final int HISTORY = 8;

    public ModuleRegistry(RuntimeHost host) {
        this.host = host;
        this.execHost = new Host() {
            @Override
            public PrintStream out() {
                return host.out();
            }

            @Override
            public PrintStream err() {
                return host.err();
            }

            @Override
            public <T> Task<T> spawn(Callable<T> work) {
                return unjoined.spawn(host.scheduler(), work);
            }
        };
    }

    ModuleInterface interfaceOf(String module) {
        LoadedModule m = modules.get(module);
        if (m != null) return m.iface();
        ModuleInterface n = natives.get(module);
        if (n != null) return n;
        org.tlang.spi.natives.NativeModule pending = pendingNatives.remove(module);
        if (pending == null) return null;
        try {
            addNative(pending);
        } catch (RuntimeException e) {
            host.err().println("error: " + e.getMessage());
            host.err().flush();
            return null;
        }
        return natives.get(module);
    }

    /**
     * Makes a module implemented in Java importable ({@code import std.json;}). Its T source, if
     * any, is compiled as the module (its functions and static initialisers run here), and its Java
     * functions are linked through cells like any other; a native module is not reloaded. The
     * modules its source imports must be importable already (added, or given to {@link #addNatives}).
     *
     * @throws IllegalArgumentException if its source does not compile, a signature is not a T function
     *                                  type or a handle does not fit it
     */
    public void addNative(org.tlang.spi.natives.NativeModule module) {
        synchronized (lock) {
            Map<String, String> sigs = new java.util.LinkedHashMap<>();
            for (org.tlang.spi.natives.NativeFunction f : module.functions()) sigs.put(f.name(), f.signature());
            String source = module.source() == null ? "" : module.source();
            FrontEnd.Batch batch = FrontEnd.compileNative(module.name(), source, sigs, this::interfaceOf);
            if (!batch.ok()) {
                StringBuilder why = new StringBuilder("native module " + module.name() + " does not compile:\n");
                batch.diagnostics().forEach(d -> why.append(d.render()));
                throw new IllegalArgumentException(why.toString());
            }
            CheckedModule cm = batch.modules().getFirst();
            ModuleInterface iface = cm.iface();
            for (org.tlang.spi.natives.NativeFunction f : module.functions()) {
                Symbol.Fn sym = (Symbol.Fn) iface.item(f.name());
                MethodHandle handle;
                try {
                    handle = f.handle().asType(org.tlang.runtime.JvmTypes.methodType(sym.type()));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("native " + module.name() + "." + f.name() + ": handle " + f.handle().type()
                            + " does not fit " + f.signature(), e);
                }
                links.cell(sym.ref()).setTarget(Handles.target(module.name() + "." + f.name(), "<native>", sym.type(), handle));
            }
            TModule tir = Lowerer.lower(cm);
            LoadedModule loaded = new LoadedModule(module.name(), batch.files().get(module.name()), iface, tir, cm.uses(), 1,
                    batch.warningsOf(cm), source);
            nativeModules.put(module.name(), loaded);
            BatchLinker overlay = new BatchLinker(links, this::anyModule, List.of(tir));
            NodeCompiler compiler = new NodeCompiler(overlay, execHost);
            Map<FunctionCell, CallTarget> targets = new HashMap<>();
            for (TFunction fn : tir.functions()) targets.put(overlay.function(ref(fn)), compiler.compile(fn));
            links.switchAll(targets);
            for (TStatic s : tir.statics()) {
                CallTarget init = compiler.compile(s.init());
                StaticCell cell = overlay.global(new GlobalRef(tir.name(), s.name(), s.type()));
                cell.initialiseWith(() -> init.call(new Object[0]));
                try {
                    cell.initialise();
                } catch (PanicException p) {
                    throw new IllegalArgumentException("native module " + module.name() + ": initialiser of `" + s.name() + "` panicked: "
                            + p.getMessage());
                }
            }
            natives.put(module.name(), iface);
        }
    }

    /**
     * Makes native modules importable without compiling them yet: each one's source is compiled and
     * linked ({@link #addNative}) when a module first imports it, so a program pays only for the
     * native modules it uses, and native modules that import each other need no order. One that
     * does not compile is reported on the host's stderr when first imported, and the import fails.
     */
    public void addNatives(java.util.Collection<? extends org.tlang.spi.natives.NativeModule> modules) {
        for (org.tlang.spi.natives.NativeModule m : modules) {
            if (!natives.containsKey(m.name())) pendingNatives.put(m.name(), m);
        }
    }

    /** A loaded T module or a native module's compiled source, by name; null if neither. */
    private LoadedModule anyModule(String name) {
        LoadedModule m = modules.get(name);
        return m != null ? m : nativeModules.get(name);
    }

    /** Compiles {@code file} and everything it imports, links, runs static initialisers. */
    public LoadedModule load(Path file) throws CompileException {
        try {
            return BigStack.call(() -> loadHere(file));
        } catch (CompileFailure e) {
            throw e.exception;
        }
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
            Path abs = file.toAbsolutePath().normalize();
            String name = ModuleNames.moduleName(abs);
            LoadedModule existing = modules.get(name);
            if (existing != null && existing.file().equals(abs)) return existing;
            FrontEnd.Batch batch = FrontEnd.compile(abs, this::interfaceOf);
            if (!batch.ok()) throw new CompileFailure(new CompileException(batch.diagnostics()));
            List<TModule> tirs = batch.modules().stream().map(Lowerer::lower).toList();
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
            tierUp(tirs, targets, overlay);
            for (int i = 0; i < tirs.size(); i++) {
                CheckedModule cm = batch.modules().get(i);
                modules.put(cm.name(), new LoadedModule(cm.name(), batch.files().get(cm.name()), cm.iface(), tirs.get(i), cm.uses(), 1,
                        batch.warningsOf(cm), cm.syntax().source().text()));
            }
            // statics: imported modules first
            List<Diagnostic> failures = new ArrayList<>();
            for (TModule m : tirs) {
                for (TStatic s : m.statics()) {
                    CallTarget init = compiler.compile(s.init());
                    overlay.global(new GlobalRef(m.name(), s.name(), s.type())).initialiseWith(() -> init.call(new Object[0]));
                }
            }
            for (int i = tirs.size() - 1; i >= 0; i--) {
                TModule m = tirs.get(i);
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
            return modules.get(name);
        }
    }

    /** Runs main of a loaded module with args; returns 0, or 101 after printing the panic and T trace to host.err(). */
    public int runMain(LoadedModule module, List<String> args) {
        LoadedModule current = modules.getOrDefault(module.name(), module);
        TFunction main = current.tir().function("main");
        if (main == null || main.params().size() > 1 || !main.result().equals(Type.UNIT)
                || (main.params().size() == 1 && !main.params().getFirst().type().equals(Type.vec(Type.STR)))) {
            host.err().println("error: module " + current.name() + " has no `fn main()` or `fn main(args: Vec<Str>)`");
            host.err().flush();
            return 1;
        }
        FunctionCell cell = links.existingCell(ref(main));
        Object[] callArgs = main.params().isEmpty() ? new Object[0] : new Object[] {Vec.copyOf(args)};
        try {
            BigStack.run(() -> cell.call(callArgs));
            host.out().flush();
            unjoined.report(host.err());
            return 0;
        } catch (PanicException p) {
            unjoined.report(host.err());
            host.out().flush();
            host.err().print(p.render());
            host.err().flush();
            return 101;
        } catch (RuntimeException | StackOverflowError e) {
            // not a T panic: a bug in the runtime; say so rather than pretend it is the program's
            host.out().flush();
            host.err().println("internal error (a bug in tlang, not in the program): " + e);
            e.printStackTrace(host.err());
            host.err().flush();
            return 101;
        }
    }

    /**
     * Calls a zero-argument pub fn of a loaded module and returns its printed form. A panic
     * propagates as {@link PanicException}.
     */
    public String call(String module, String function) {
        LoadedModule m = modules.get(module);
        if (m == null) throw new IllegalArgumentException("no module " + module + " is loaded");
        TFunction fn = m.tir().function(function);
        if (fn == null || !fn.params().isEmpty() || !(m.iface().item(function) instanceof Symbol.Fn sym) || !sym.pub()) {
            throw new IllegalArgumentException("module " + module + " has no zero-argument pub fn " + function);
        }
        Object result = links.existingCell(ref(fn)).call(new Object[0]);
        host.out().flush();
        return Printer.show(result);
    }

    /**
     * Runs every `test fn` of every loaded module (modules by name, tests in source order), printing
     * {@code test module.name ... ok|FAILED} per test, the panic of each failure, and the summary line
     * to host.out().
     */
    public TestReport runTests() {
        PrintStream out = host.out();
        int passed = 0;
        List<String> failures = new ArrayList<>();
        List<LoadedModule> all = new ArrayList<>(modules.values());
        all.sort(java.util.Comparator.comparing(LoadedModule::name));
        for (LoadedModule m : all) {
            for (String test : m.tests()) {
                TFunction fn = m.tir().function(test);
                String label = m.name() + "." + test;
                try {
                    FunctionCell cell = links.existingCell(ref(fn));
                    BigStack.run(() -> cell.call(new Object[0]));
                    out.println("test " + label + " ... ok");
                    passed++;
                } catch (PanicException p) {
                    out.println("test " + label + " ... FAILED");
                    out.print(p.render().indent(4));
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
     * Installs compiled code for one function (tier-up, or a single-function patch): every call that
     * starts from now on, interpreted or compiled, runs {@code code}, whose type is
     * {@link Handles#methodType} of the function's signature.
     */
    public void install(FunctionRef function, MethodHandle code) {
        synchronized (lock) {
            LoadedModule m = modules.get(function.module());
            links.install(function, m == null ? "<native>" : ModuleNames.displayName(m.file()), code);
        }
    }

    /**
     * Hands a freshly linked module version's functions to the compiling tier bound now (if any):
     * an eager tier compiles and installs them at once; otherwise each function's interpreter
     * counters are armed, and when one reaches its threshold the function is compiled in the
     * background and installed, unless a newer version replaced it meanwhile. A function the tier
     * does not compile stays interpreted.
     */
    private void tierUp(List<TModule> tirs, Map<FunctionCell, CallTarget> targets, BatchLinker overlay) {
        org.tlang.spi.tier.ExecutionTier tier = host.tier();
        if (tier == null) return;
        Map<TFunction, CallTarget> functions = new java.util.LinkedHashMap<>();
        for (TModule m : tirs) {
            for (TFunction fn : m.functions()) {
                CallTarget t = targets.get(links.existingCell(ref(fn)));
                if (t != null) functions.put(fn, t);
            }
        }
        org.tlang.spi.tier.Linkage linkage = new VersionLinkage(overlay);
        org.tlang.spi.tier.ExecutionTier.Policy policy = tier.policy();
        functions.forEach((fn, target) -> {
            if (policy.eager()) {
                compileAndInstall(tier, fn, target, linkage);
            } else {
                target.arm(policy.callThreshold(), policy.loopThreshold(),
                        () -> compiles().execute(() -> compileAndInstall(tier, fn, target, linkage)));
                // on-stack replacement: a hot loop of an activation still interpreted moves into compiled code
                target.armLoops(policy.loopThreshold(), loop -> {
                    try {
                        return tier.compileLoop(fn, loop, linkage).orElse(null);
                    } catch (RuntimeException | LinkageError e) {
                        System.getLogger(ModuleRegistry.class.getName()).log(System.Logger.Level.WARNING,
                                "tier failed to compile a loop of " + fn.qualifiedName() + "; it stays interpreted", e);
                        return null;
                    }
                });
            }
        });
    }

    private void compileAndInstall(org.tlang.spi.tier.ExecutionTier tier, TFunction fn, CallTarget interpreted,
                                   org.tlang.spi.tier.Linkage linkage) {
        java.util.Optional<MethodHandle> code;
        try {
            code = tier.compile(fn, linkage);
        } catch (RuntimeException | LinkageError e) {
            // a tier's bug must not break the program: the function stays interpreted
            System.getLogger(ModuleRegistry.class.getName()).log(System.Logger.Level.WARNING,
                    "tier failed to compile " + fn.qualifiedName() + "; it stays interpreted", e);
            return;
        }
        if (code.isEmpty()) return;
        FunctionRef ref = ref(fn);
        synchronized (lock) {
            FunctionCell cell = links.existingCell(ref);
            if (cell != null && cell.isLinked() && cell.target() == interpreted) install(ref, code.get());
        }
    }

    private java.util.concurrent.ExecutorService compileQueue;

    /** Background compilation: one daemon thread, started on demand and gone when idle. */
    private java.util.concurrent.ExecutorService compiles() {
        synchronized (lock) {
            if (compileQueue == null) {
                java.util.concurrent.ThreadPoolExecutor pool = new java.util.concurrent.ThreadPoolExecutor(1, 1, 2,
                        java.util.concurrent.TimeUnit.SECONDS, new java.util.concurrent.LinkedBlockingQueue<>(),
                        Thread.ofPlatform().name("tlang-compile").daemon(true).factory());
                pool.allowCoreThreadTimeOut(true);
                compileQueue = pool;
            }
            return compileQueue;
        }
    }

    /** What code compiled for one module version links against. */
    private final class VersionLinkage implements org.tlang.spi.tier.Linkage {
        private final BatchLinker overlay;
        private final NodeCompiler interpreter;

        VersionLinkage(BatchLinker overlay) {
            this.overlay = overlay;
            this.interpreter = new NodeCompiler(overlay, execHost);
        }

        @Override
        public MutableCallSite callSite(FunctionRef callee) {
            return ModuleRegistry.this.callSite(callee);
        }

        @Override
        public StaticCell global(GlobalRef ref) {
            synchronized (lock) {
                return overlay.global(ref);
            }
        }

        @Override
        public org.tlang.runtime.StructShape struct(String name) {
            synchronized (lock) {
                org.tlang.tir.TStruct decl = overlay.structDecl(name);
                return decl == null ? null : overlay.struct(decl);
            }
        }

        @Override
        public org.tlang.runtime.EnumShape enumShape(String name) {
            synchronized (lock) {
                try {
                    return overlay.enumShape(name);
                } catch (IllegalStateException e) { // not a type this version sees
                    return null;
                }
            }
        }

        @Override
        public org.tlang.runtime.Executable interpreted(org.tlang.tir.TExpr expr) {
            synchronized (interpreter) {
                return interpreter.expression(expr);
            }
        }
    }

    /** Source files of every loaded module (for file watching). */
    public Set<Path> sources() {
        Set<Path> out = new LinkedHashSet<>();
        for (LoadedModule m : modules.values()) out.add(m.file());
        return out;
    }

    /** The version of {@code module} serving now, or null. */
    public LoadedModule module(String module) {
        return modules.get(module);
    }

    /**
     * Compiles a new version of an already loaded module's file, checks it, and switches to it
     * atomically. Never throws for user errors: a refused reload leaves the old version serving.
     */
    public ReloadOutcome reload(Path file) {
        return BigStack.call(() -> reloadHere(file, null, null, true, false));
    }

    /** Reloads the modules of several files as one transaction: all switch at once, or none does. */
    public ReloadOutcome reload(List<Path> files) {
        return BigStack.call(() -> reloadHere(files, Map.of(), null, true, false));
    }

    /**
     * A reload in which a static whose type changed and that has no migration starts over from its
     * initialiser instead of refusing the reload: for sessions (the REPL) where a rebinding means
     * a new value, never for programs, whose state must not be lost silently.
     */
    public ReloadOutcome reloadResettingChangedStatics(Path file) {
        return BigStack.call(() -> reloadHere(file, null, null, true, true));
    }

    /**
     * Returns a module to the version before the current one (its source as it was then); statics
     * keep their values where their types allow, as in any reload. Refused if there is no earlier
     * version or it no longer fits the modules that use it.
     */
    public ReloadOutcome rollback(String module) {
        return BigStack.call(() -> {
            synchronized (lock) {
                java.util.Deque<LoadedModule> earlier = history.get(module);
                LoadedModule current = modules.get(module);
                if (current == null || earlier == null || earlier.isEmpty()) {
                    String why = current == null ? "module " + module + " is not loaded" : "module " + module + " has no earlier version";
                    return ReloadOutcome.refused(module, List.of(FrontEnd.error(module, why)));
                }
                LoadedModule previous = earlier.peekLast();
                ReloadOutcome outcome = reloadHere(previous.file(), previous.source(), null, false, false);
                if (outcome.applied()) earlier.pollLast();
                return outcome;
            }
        });
    }

    /**
     * Replaces the body of one function ({@code name} or {@code Type::name}) of a loaded module with
     * its definition in {@code definition} (the new {@code fn} item alone, or a whole edited module
     * of which only that function is taken), without switching anything else: the
     * function's cell is retargeted, the module's other functions and its statics stay as they are.
     * Refused if the signature changes (that needs a reload, which checks the callers).
     */
    public ReloadOutcome patch(String module, String function, String definition) {
        return BigStack.call(() -> {
            synchronized (lock) {
                LoadedModule current = modules.get(module);
                if (current == null) return ReloadOutcome.refused(module, List.of(FrontEnd.error(module, "module " + module + " is not loaded")));
                String file = ModuleNames.displayName(current.file());
                FunctionSource.Span old = FunctionSource.find(current.source(), function);
                if (old == null) return ReloadOutcome.refused(module, List.of(FrontEnd.error(file, "module " + module + " has no function `" + function + "`")));
                FunctionSource.Span fresh = FunctionSource.find(definition, function);
                if (fresh == null && function.contains("::")) fresh = FunctionSource.find(definition, function.substring(function.indexOf("::") + 2));
                if (fresh == null) {
                    return ReloadOutcome.refused(module, List.of(FrontEnd.error(file, "the patch has no definition of `" + function + "`")));
                }
                String replacement = definition.substring(fresh.start(), fresh.end());
                String patched = current.source().substring(0, old.start()) + replacement + current.source().substring(old.end());
                return reloadHere(current.file(), patched, function, true, false);
            }
        });
    }

    /** Each loaded module with its version and the earlier versions kept for rollback. */
    public List<String> versions() {
        List<String> lines = new ArrayList<>();
        List<String> names = new ArrayList<>(modules.keySet());
        names.sort(null);
        for (String n : names) {
            LoadedModule m = modules.get(n);
            java.util.Deque<LoadedModule> earlier = history.getOrDefault(n, new java.util.ArrayDeque<>());
            lines.add(n + " v" + m.version() + " (" + ModuleNames.displayName(m.file()) + ")"
                    + (earlier.isEmpty() ? "" : "; can roll back to " + earlier.stream().map(v -> "v" + v.version()).collect(java.util.stream.Collectors.joining(", "))));
        }
        List<String> alive = retired.alive();
        lines.add("replaced versions not yet unloaded: " + (alive.isEmpty() ? "none" : String.join(", ", alive))
                + "; most at once: " + retired.most());
        return lines;
    }

    /**
     * @param text         the module's new source, or null to read its file
     * @param onlyFunction when set, a live patch: only this function may change and only its cell switches
     * @param remember     keep the replaced version for rollback (a rollback itself does not)
     * @param resetChanged a static whose type changed and has no migration is re-initialised instead of refusing
     */
    private ReloadOutcome reloadHere(Path file, String text, String onlyFunction, boolean remember, boolean resetChanged) {
        Path abs = file.toAbsolutePath().normalize();
        return reloadHere(List.of(abs), text == null ? Map.of() : Map.of(ModuleNames.moduleName(abs), text), onlyFunction, remember, resetChanged);
    }

    /**
     * One reload transaction: the modules of {@code files} are compiled together, checked against
     * each other and against every other loaded module that uses them, their statics kept or
     * migrated, and then all of them switch at once (one write: a program's functions share one
     * link group). Any refusal leaves every module as it was.
     */
    private ReloadOutcome reloadHere(List<Path> files, Map<String, String> texts, String onlyFunction, boolean remember,
                                     boolean resetChanged) {
        synchronized (lock) {
            List<String> names = new ArrayList<>();
            for (Path f : files) {
                Path abs = f.toAbsolutePath().normalize();
                String n = ModuleNames.moduleName(abs);
                LoadedModule loaded = modules.get(n);
                if (loaded == null || !loaded.file().equals(abs)) {
                    return ReloadOutcome.refused(n, List.of(FrontEnd.error(ModuleNames.displayName(abs), "module " + n + " is not loaded")));
                }
                if (!names.contains(n)) names.add(n);
            }
            String name = String.join(", ", names);
            FrontEnd.Batch batch = FrontEnd.compile(files, texts, other -> names.contains(other) ? null : interfaceOf(other));
            if (!batch.ok()) return ReloadOutcome.refused(name, batch.diagnostics());
            List<Diagnostic> broken = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) broken.addAll(checkDependents(modules.get(names.get(i)), batch.modules().get(i), names));
            if (!broken.isEmpty()) return ReloadOutcome.refused(name, broken);
            LoadedModule old = modules.get(names.getFirst());

            List<TModule> tirs = batch.modules().stream().map(Lowerer::lower).toList();
            if (onlyFunction != null) {
                Diagnostic changed = signatureChange(old, tirs.getFirst(), onlyFunction);
                if (changed != null) return ReloadOutcome.refused(name, List.of(changed));
            }
            BatchLinker overlay = new BatchLinker(links, this::anyModule, tirs);
            // statics: keep a cell whose type is unchanged, give new or changed ones a fresh cell
            List<String> kept = new ArrayList<>();
            List<String> reset = new ArrayList<>();
            List<TStatic> toInit = new ArrayList<>();
            List<String> toInitModule = new ArrayList<>();
            Map<String, StaticMigrations> migrationsOf = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                migrationsOf.put(names.get(i), new StaticMigrations(modules.get(names.get(i)), tirs.get(i), batch.modules().get(i).syntax(), overlay::typeKey));
            }
            List<TModule> toInitTir = new ArrayList<>();
            for (int i = tirs.size() - 1; i >= 0; i--) {
                TModule m = tirs.get(i);
                for (TStatic s : m.statics()) {
                    String key = m.name() + "." + s.name();
                    StaticCell current = links.staticCell(key);
                    String typeKey = overlay.typeKey(s.type());
                    boolean sameType = current != null && current.type().equals(typeKey) && current.initialised();
                    if (sameType && !s.isConst()) {
                        kept.add(s.name());
                        continue;
                    }
                    boolean changed = current != null && current.initialised() && !s.isConst() && names.contains(m.name());
                    if (changed && migrationsOf.get(m.name()).plan(s, current, typeKey)) {
                        overlay.pendingStatics.put(key, new StaticCell(key, typeKey));
                        continue;
                    }
                    if (changed && !resetChanged) continue; // refused below: StaticMigrations recorded why
                    if (sameType) {
                        overlay.constShadows.put(key, new StaticCell(key, typeKey));
                    } else {
                        if (current != null && !s.isConst()) reset.add(s.name());
                        overlay.pendingStatics.put(key, new StaticCell(key, typeKey));
                    }
                    toInit.add(s);
                    toInitModule.add(m.name());
                    toInitTir.add(m);
                }
            }
            List<Diagnostic> migrationErrors = new ArrayList<>();
            for (StaticMigrations ms : migrationsOf.values()) {
                if (!resetChanged) migrationErrors.addAll(ms.refusals());
                migrationErrors.addAll(ms.unknown());
            }
            if (!migrationErrors.isEmpty()) return ReloadOutcome.refused(name, migrationErrors);
            NodeCompiler compiler = new NodeCompiler(overlay, execHost);
            NodeCompiler initCompiler = new NodeCompiler(overlay.forInitialisers(), execHost);
            Map<FunctionCell, CallTarget> targets = new HashMap<>();
            Map<String, RetiredVersions.Token> nextTokens = new HashMap<>();
            for (TModule m : tirs) {
                LoadedModule prev = modules.get(m.name());
                RetiredVersions.Token token = new RetiredVersions.Token(m.name(), prev == null ? 1 : prev.version() + 1);
                nextTokens.put(m.name(), token);
                for (TFunction fn : m.functions()) {
                    if (onlyFunction != null && !(m.name().equals(names.getFirst()) && fn.name().equals(onlyFunction))) continue;
                    CallTarget target = compiler.compile(fn);
                    target.belongsTo(onlyFunction != null ? tokens.get(m.name()) : token);
                    targets.put(overlay.function(ref(fn)), target);
                }
            }
            // functions nobody can call yet (new, or new signature) are linked now, so initialisers can use them
            Map<FunctionCell, CallTarget> unreachable = new HashMap<>();
            targets.forEach((cell, target) -> {
                if (!cell.isLinked()) unreachable.put(cell, target);
            });
            links.switchAll(unreachable);
            List<StaticCell> initCells = new ArrayList<>();
            for (int i = 0; i < toInit.size(); i++) {
                String key = toInitModule.get(i) + "." + toInit.get(i).name();
                StaticCell cell = overlay.constShadows.containsKey(key) ? overlay.constShadows.get(key) : overlay.pendingStatics.get(key);
                CallTarget init = initCompiler.compile(toInit.get(i).init());
                cell.initialiseWith(() -> init.call(new Object[0]));
                initCells.add(cell);
            }
            for (int i = 0; i < toInit.size(); i++) {
                TStatic s = toInit.get(i);
                StaticCell cell = initCells.get(i);
                try {
                    cell.initialise();
                } catch (PanicException p) {
                    return ReloadOutcome.refused(name, List.of(new Diagnostic(Severity.ERROR, toInitTir.get(i).file(),
                            s.init().pos().line(), s.init().pos().column(), "initialiser of `" + s.name() + "` panicked: " + p.getMessage())));
                }
            }
            List<String> migrated = new ArrayList<>();
            for (String module : names) {
            for (StaticMigrations.Planned plan : migrationsOf.get(module).planned()) {
                StaticCell cell = overlay.pendingStatics.get(module + "." + plan.target().name());
                CallTarget migrate = compiler.compile(plan.function());
                Object oldValue = plan.from().get();
                cell.initialiseWith(() -> migrate.call(new Object[] {oldValue}));
                try {
                    cell.initialise();
                } catch (PanicException p) {
                    return ReloadOutcome.refused(name, List.of(new Diagnostic(Severity.ERROR, plan.function().file(),
                            plan.function().pos().line(), plan.function().pos().column(),
                            "migration `" + plan.function().name() + "` of `" + plan.target().name() + "` panicked: " + p.getMessage())));
                }
                migrated.add(plan.target().name());
            }
            }
            long t0 = System.nanoTime();
            links.putStatics(overlay.pendingStatics);
            overlay.constShadows.forEach((key, shadow) -> links.staticCell(key).set(shadow.get()));
            links.switchAll(targets);
            tierUp(tirs, targets, overlay);
            for (int i = 0; i < tirs.size(); i++) {
                CheckedModule cm = batch.modules().get(i);
                LoadedModule prev = modules.get(cm.name());
                int version = prev == null ? 1 : prev.version() + 1;
                if (prev != null && remember) {
                    java.util.Deque<LoadedModule> earlier = history.computeIfAbsent(cm.name(), k -> new java.util.ArrayDeque<>());
                    earlier.addLast(prev);
                    if (earlier.size() > HISTORY) earlier.pollFirst();
                }
                if (onlyFunction == null) {
                    RetiredVersions.Token before = tokens.put(cm.name(), nextTokens.get(cm.name()));
                    if (before != null) retired.retire(before);
                }
                modules.put(cm.name(), new LoadedModule(cm.name(), batch.files().get(cm.name()), cm.iface(), tirs.get(i), cm.uses(), version,
                        batch.warningsOf(cm), cm.syntax().source().text()));
            }
            long switchNanos = System.nanoTime() - t0;
            return new ReloadOutcome(true, name, batch.diagnostics(), kept, migrated, reset, switchNanos);
        }
    }

    private static Diagnostic signatureChange(LoadedModule old, TModule fresh, String function) {
        TFunction before = old.tir().function(function);
        TFunction after = fresh.function(function);
        String file = ModuleNames.displayName(old.file());
        if (before == null || after == null) return FrontEnd.error(file, "module " + old.name() + " has no function `" + function + "`");
        if (!before.signature().equals(after.signature())) {
            return FrontEnd.error(file, "the patch changes the signature of `" + function + "` from `" + before.signature() + "` to `"
                    + after.signature() + "`; reload the module instead, so that its callers are checked");
        }
        return null;
    }

    /** Every pub item other loaded modules use must still exist with the signature they were checked against. */
    private List<Diagnostic> checkDependents(LoadedModule old, CheckedModule fresh, List<String> reloadedTogether) {
        Map<String, String> offered = offeredSignatures(fresh.iface());
        List<Diagnostic> out = new ArrayList<>();
        String file = ModuleNames.displayName(old.file());
        for (LoadedModule dep : modules.values()) {
            if (dep.name().equals(old.name()) || reloadedTogether.contains(dep.name())) continue;
            for (Map.Entry<String, String> use : dep.uses().entrySet()) {
                String key = use.getKey();
                if (!key.startsWith(old.name() + ".")) continue;
                String item = key.substring(old.name().length() + 1);
                if (item.contains(".")) continue; // an item of a module nested below this one
                String now = offered.get(item);
                String depFile = ModuleNames.displayName(dep.file());
                if (now == null) {
                    out.add(FrontEnd.error(file, "the new version of " + old.name() + " removes or hides `" + item + "`, which "
                            + dep.name() + " (" + depFile + ") uses as `" + use.getValue() + "`"));
                } else if (!now.equals(use.getValue())) {
                    out.add(FrontEnd.error(file, "the new version of " + old.name() + " changes `" + item + "` to `" + now + "`, but "
                            + dep.name() + " (" + depFile + ") uses it as `" + use.getValue() + "`"));
                }
            }
        }
        return out;
    }

    private static Map<String, String> offeredSignatures(ModuleInterface iface) {
        Map<String, String> out = new HashMap<>();
        iface.items().forEach((n, s) -> {
            if (s.pub()) out.put(n, s.signature());
        });
        iface.methods().forEach((type, ms) -> ms.forEach((n, s) -> {
            if (s.pub()) out.put(s.name(), s.signature());
        }));
        return out;
    }

    private static FunctionRef ref(TFunction fn) {
        return new FunctionRef(fn.module(), fn.name(), fn.signature());
    }
}
