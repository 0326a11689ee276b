package org.tlang.modules;

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
import org.tlang.interp.PanicException;
import org.tlang.interp.Printer;
import org.tlang.interp.StaticCell;
import org.tlang.lang.check.CheckedModule;
import org.tlang.lang.check.ModuleInterface;
import org.tlang.lang.check.Symbol;
import org.tlang.lang.lower.Lowerer;
import org.tlang.lang.source.Diagnostic;
import org.tlang.lang.source.Severity;
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
    private final Links links = new Links();
    private final UnjoinedPanics unjoined = new UnjoinedPanics();

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

    private ModuleInterface interfaceOf(String module) {
        LoadedModule m = modules.get(module);
        if (m != null) return m.iface();
        return natives.get(module);
    }

    /**
     * Makes a module implemented in Java importable ({@code import std.math;}). Its functions are
     * linked once, through cells like any other; a native module is not reloaded.
     *
     * @throws IllegalArgumentException if a signature is not a T function type or a handle does not fit it
     */
    public void addNative(org.tlang.spi.natives.NativeModule module) {
        synchronized (lock) {
            Map<String, String> sigs = new java.util.LinkedHashMap<>();
            for (org.tlang.spi.natives.NativeFunction f : module.functions()) sigs.put(f.name(), f.signature());
            ModuleInterface iface = ModuleInterface.ofNative(module.name(), sigs);
            for (org.tlang.spi.natives.NativeFunction f : module.functions()) {
                Symbol.Fn sym = (Symbol.Fn) iface.item(f.name());
                MethodHandle handle;
                try {
                    handle = f.handle().asType(Handles.methodType(sym.type()));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("native " + module.name() + "." + f.name() + ": handle " + f.handle().type()
                            + " does not fit " + f.signature(), e);
                }
                links.cell(sym.ref()).setTarget(Handles.target(module.name() + "." + f.name(), "<native>", sym.type(), handle));
            }
            natives.put(module.name(), iface);
        }
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
            BatchLinker overlay = new BatchLinker(links, modules::get, tirs);
            NodeCompiler compiler = new NodeCompiler(overlay, execHost);
            Map<FunctionCell, CallTarget> targets = new HashMap<>();
            for (TModule m : tirs) {
                for (TFunction fn : m.functions()) targets.put(overlay.function(ref(fn)), compiler.compile(fn));
            }
            links.switchAll(targets);
            for (int i = 0; i < tirs.size(); i++) {
                CheckedModule cm = batch.modules().get(i);
                modules.put(cm.name(), new LoadedModule(cm.name(), batch.files().get(cm.name()), cm.iface(), tirs.get(i), cm.uses(), 1,
                        batch.warningsOf(cm)));
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
        Object[] callArgs = main.params().isEmpty() ? new Object[0] : new Object[] {new ArrayList<Object>(args)};
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
        return BigStack.call(() -> reloadHere(file));
    }

    private ReloadOutcome reloadHere(Path file) {
        synchronized (lock) {
            Path abs = file.toAbsolutePath().normalize();
            String name = ModuleNames.moduleName(abs);
            LoadedModule old = modules.get(name);
            if (old == null || !old.file().equals(abs)) {
                return ReloadOutcome.refused(name, List.of(FrontEnd.error(ModuleNames.displayName(abs), "module " + name + " is not loaded")));
            }
            FrontEnd.Batch batch = FrontEnd.compile(abs, other -> other.equals(name) ? null : interfaceOf(other));
            if (!batch.ok()) return ReloadOutcome.refused(name, batch.diagnostics());
            CheckedModule fresh = batch.modules().getFirst();
            List<Diagnostic> broken = checkDependents(old, fresh);
            if (!broken.isEmpty()) return ReloadOutcome.refused(name, broken);

            List<TModule> tirs = batch.modules().stream().map(Lowerer::lower).toList();
            BatchLinker overlay = new BatchLinker(links, modules::get, tirs);
            // statics: keep a cell whose type is unchanged, give new or changed ones a fresh cell
            List<String> kept = new ArrayList<>();
            List<String> reset = new ArrayList<>();
            List<TStatic> toInit = new ArrayList<>();
            List<String> toInitModule = new ArrayList<>();
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
                    if (sameType) {
                        overlay.constShadows.put(key, new StaticCell(key, typeKey));
                    } else {
                        if (current != null && !s.isConst()) reset.add(s.name());
                        overlay.pendingStatics.put(key, new StaticCell(key, typeKey));
                    }
                    toInit.add(s);
                    toInitModule.add(m.name());
                }
            }
            NodeCompiler compiler = new NodeCompiler(overlay, execHost);
            NodeCompiler initCompiler = new NodeCompiler(overlay.forInitialisers(), execHost);
            Map<FunctionCell, CallTarget> targets = new HashMap<>();
            for (TModule m : tirs) {
                for (TFunction fn : m.functions()) targets.put(overlay.function(ref(fn)), compiler.compile(fn));
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
                    return ReloadOutcome.refused(name, List.of(new Diagnostic(Severity.ERROR, tirs.getFirst().file(),
                            s.init().pos().line(), s.init().pos().column(), "initialiser of `" + s.name() + "` panicked: " + p.getMessage())));
                }
            }
            long t0 = System.nanoTime();
            links.putStatics(overlay.pendingStatics);
            overlay.constShadows.forEach((key, shadow) -> links.staticCell(key).set(shadow.get()));
            links.switchAll(targets);
            for (int i = 0; i < tirs.size(); i++) {
                CheckedModule cm = batch.modules().get(i);
                LoadedModule prev = modules.get(cm.name());
                int version = prev == null ? 1 : prev.version() + 1;
                modules.put(cm.name(), new LoadedModule(cm.name(), batch.files().get(cm.name()), cm.iface(), tirs.get(i), cm.uses(), version,
                        batch.warningsOf(cm)));
            }
            long switchNanos = System.nanoTime() - t0;
            return new ReloadOutcome(true, name, batch.diagnostics(), kept, reset, switchNanos);
        }
    }

    /** Every pub item other loaded modules use must still exist with the signature they were checked against. */
    private List<Diagnostic> checkDependents(LoadedModule old, CheckedModule fresh) {
        Map<String, String> offered = offeredSignatures(fresh.iface());
        List<Diagnostic> out = new ArrayList<>();
        String file = ModuleNames.displayName(old.file());
        for (LoadedModule dep : modules.values()) {
            if (dep.name().equals(old.name())) continue;
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
