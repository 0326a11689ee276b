package org.tlang.modules;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.tlang.api.Report;
import org.tlang.interp.CallTarget;
import org.tlang.interp.FunctionCell;
import org.tlang.interp.Handles;
import org.tlang.interp.NodeCompiler;
import org.tlang.lang.check.CheckedModule;
import org.tlang.lang.check.ModuleInterface;
import org.tlang.lang.check.Symbol;
import org.tlang.lang.lower.Lowerer;
import org.tlang.runtime.JvmTypes;
import org.tlang.runtime.PanicException;
import org.tlang.runtime.StaticCell;
import org.tlang.spi.natives.NativeContext;
import org.tlang.spi.natives.NativeFunction;
import org.tlang.spi.natives.NativeModule;
import org.tlang.tir.FunctionRef;
import org.tlang.tir.GlobalRef;
import org.tlang.tir.TFunction;
import org.tlang.tir.TModule;
import org.tlang.tir.TStatic;

/**
 * The native modules of one program ({@code std.json}, ...): importable by name, each compiled and
 * linked when a module first imports it (and started then, by the {@link NativeStarter}, if it was
 * not running), so a program pays only for the native modules it uses, and native modules that
 * import each other need no order. A native module is not reloaded.
 */
final class Natives {
    private final ModuleRegistry registry;
    private final Map<String, ModuleInterface> interfaces = new ConcurrentHashMap<>();
    /** The compiled T source of each native module (types the linker looks up), by module name. */
    private final Map<String, LoadedModule> compiled = new ConcurrentHashMap<>();
    /** The checked source of each native module, lowered again for each sandbox domain's instance. */
    private final Map<String, CheckedModule> checked = new ConcurrentHashMap<>();
    /** Native modules given by {@link #addAll}, not imported yet. */
    private final Map<String, NativeModule> pending = new ConcurrentHashMap<>();
    /** The native module each name is linked to now. */
    private final Map<String, NativeModule> linked = new ConcurrentHashMap<>();
    /** The calls running in each linked module's Java functions, by name. */
    private final Map<String, CallsInFlight> running = new ConcurrentHashMap<>();
    /** How long a stopping module's bundle waits for the calls running in it. */
    static final Duration DRAIN = Duration.ofSeconds(2);
    /** The linked modules whose bundle stopped, by name, until the next revision registers. */
    private final Map<String, NativeGate> gates = new ConcurrentHashMap<>();
    /** The sandbox domains each linked module has an instance for ({@link #inDomain}), by module name. */
    private final Map<String, Set<String>> domains = new ConcurrentHashMap<>();
    /** Asked for a module that is neither imported nor pending. */
    private volatile NativeStarter starter = NativeStarter.NONE;

    Natives(ModuleRegistry registry) {
        this.registry = registry;
    }

    void addAll(Collection<? extends NativeModule> modules) {
        for (NativeModule m : modules) {
            if (!interfaces.containsKey(m.name())) pending.put(m.name(), m);
        }
    }

    void startWith(NativeStarter starter) {
        this.starter = starter;
    }

    /** The compiled source of a native module, or null. */
    LoadedModule compiled(String name) {
        return compiled.get(name);
    }

    /** The interface of a native module, compiling it on first use; null if there is none (or it does not compile, said on stderr). */
    ModuleInterface interfaceOf(String module) {
        ModuleInterface n = interfaces.get(module);
        if (n != null) return n;
        NativeModule waiting = pending.remove(module);
        try {
            if (waiting == null) waiting = starter.start(module);
            if (waiting == null) return null;
            add(waiting);
        } catch (RuntimeException e) {
            registry.io().err().print(Report.error(e.getMessage()));
            registry.io().err().flush();
            return null;
        }
        return interfaces.get(module);
    }

    /**
     * Compiles a native module's T source as the module (its functions and static initialisers run
     * here) and links its Java functions through cells like any other.
     *
     * @throws IllegalArgumentException if its source does not compile, a signature is not a T function
     *                                  type or a handle does not fit it
     */
    void add(NativeModule module) {
        synchronized (registry.lock) {
            link(module, null);
        }
    }

    /**
     * The bundle of native module {@code module} stopped (to be updated, refreshed or removed): if
     * this program linked it, calls of its Java functions wait at a {@link NativeGate} for the next
     * revision from now on, rather than run code whose classes may be going away; the calls already
     * running in it may finish first (for at most {@link #DRAIN}).
     *
     * @return how many calls were still running in it when the wait ended
     */
    long suspend(NativeModule module) {
        CallsInFlight calls;
        synchronized (registry.lock) {
            if (linked.get(module.name()) != module || gates.containsKey(module.name())) return 0;
            calls = running.get(module.name());
            // the program's cells of its Java functions, and each sandbox domain's
            List<String> instances = new ArrayList<>(List.of(module.name()));
            for (String domain : domains.getOrDefault(module.name(), Set.of())) instances.add(domainModule(module.name(), domain));
            Map<FunctionCell, CallTarget> before = new HashMap<>();
            Map<FunctionCell, Symbol.Fn> cells = new HashMap<>();
            for (String instance : instances) {
                for (NativeFunction f : module.functions()) {
                    Symbol.Fn sym = (Symbol.Fn) interfaces.get(module.name()).item(f.name());
                    FunctionCell cell = registry.links.cell(new FunctionRef(instance, sym.ref().name(), sym.ref().signature()));
                    cells.put(cell, sym);
                    if (cell.isLinked()) before.put(cell, cell.target());
                }
            }
            NativeGate gate = new NativeGate(module.name(), before);
            Map<FunctionCell, CallTarget> gated = new HashMap<>();
            cells.forEach((cell, sym) -> gated.put(cell, Handles.target(module.name() + "." + sym.name(), "<native>", sym.type(),
                    gate.guard(Handles.callingCell(cell, sym.type())))));
            gates.put(module.name(), gate);
            registry.links.switchAll(gated);
        }
        return calls == null ? 0 : calls.drain(DRAIN);
    }

    /**
     * A new revision of native module {@code module.name()} was registered (its bundle was
     * updated): if this program linked the old one, the new one serves every call that starts
     * from now on, switched at once for the whole module as a reload switches a T module; state
     * kept in its statics stays, and the calls held since the old one stopped go on in the new one
     * (they start after the switch, so they run the new code, also when an old T function of the
     * module made them, as after any reload).
     * Refused, the old one serving, if the new one does not compile or takes away or changes a pub
     * item of the old one.
     *
     * @return why it was refused, for the runtime's log; null if it switched or this program had not linked the module
     */
    String update(NativeModule module) {
        synchronized (registry.lock) {
            NativeModule old = linked.get(module.name());
            if (old == null) {
                pending.replace(module.name(), module);
                return null;
            }
            if (old == module) return null;
            NativeGate gate = gates.remove(module.name());
            try {
                if (!module.callerForms().equals(old.callerForms())) {
                    throw new IllegalArgumentException("the new " + module.name() + " changes which functions learn their caller");
                }
                link(module, compiled.get(module.name()));
                for (String domain : domains.getOrDefault(module.name(), Set.of())) linkDomain(module, domain);
            } catch (IllegalArgumentException e) {
                if (gate != null) registry.links.switchAll(gate.before);
                return e.getMessage() + "; the version linked before keeps serving";
            } finally {
                if (gate != null) gate.open();
            }
            return null;
        }
    }

    /** Compiles and links {@code module}; {@code before} is the version it replaces (null: none), whose pub items it must keep. */
    private void link(NativeModule module, LoadedModule before) {
        Map<String, String> sigs = new LinkedHashMap<>();
        for (NativeFunction f : module.functions()) sigs.put(f.name(), f.signature());
        String source = module.source() == null ? "" : module.source();
        FrontEnd.Batch batch = FrontEnd.compileNative(module.name(), source, sigs, registry::interfaceOf);
        if (!batch.ok()) {
            throw new IllegalArgumentException("native module " + module.name() + " does not compile:\n" + Report.listing(batch.diagnostics()));
        }
        CheckedModule cm = batch.modules().getFirst();
        ModuleInterface iface = cm.iface();
        module.callerForms().forEach(iface::callerForm);
        TModule tir = Lowerer.lower(cm);
        LoadedModule fresh = new LoadedModule(cm, batch.files().get(module.name()), tir, before == null ? 1 : before.version() + 1,
                batch.warningsOf(cm), source);
        if (before != null) keeps(before, fresh, module.name());
        Map<FunctionCell, CallTarget> targets = new HashMap<>();
        CallsInFlight calls = new CallsInFlight();
        for (NativeFunction f : module.functions()) {
            Symbol.Fn sym = (Symbol.Fn) iface.item(f.name());
            targets.put(registry.links.cell(sym.ref()), javaTarget(module, f, sym, registry.nativeContext(), calls));
        }
        // before its T code compiles: the handle structs it makes are told to the program's resources
        module.handles().forEach((struct, ids) -> registry.nativeContext().resources().handle(module.name() + "." + struct, ids));
        BatchLinker overlay = new BatchLinker(registry.links, registry::anyModule, List.of(tir));
        NodeCompiler compiler = new NodeCompiler(overlay, registry.execHost());
        for (TFunction fn : tir.functions()) targets.put(overlay.function(ModuleRegistry.ref(fn)), compiler.compile(fn));
        compiled.put(module.name(), fresh);
        checked.put(module.name(), cm);
        running.put(module.name(), calls);
        registry.links.switchAll(targets);
        for (TStatic s : tir.statics()) {
            StaticCell cell = overlay.global(new GlobalRef(tir.name(), s.name(), s.type()));
            if (cell.initialised()) continue; // a static of the version before: its value stays
            CallTarget init = compiler.compile(s.init());
            cell.initialiseWith(() -> init.call(new Object[0]));
            try {
                cell.initialise();
            } catch (PanicException p) {
                throw new IllegalArgumentException("native module " + module.name() + ": initialiser of `" + s.name() + "` panicked: "
                        + p.getMessage());
            }
        }
        interfaces.put(module.name(), iface);
        linked.put(module.name(), module);
    }

    /** Whether {@code module} is a native module of this program (compiled, so linked). */
    boolean isNative(String module) {
        return compiled.containsKey(module);
    }

    /**
     * {@code ref}, a function of a native module, as code of sandbox domain {@code domain} calls
     * it: the module's instance for that domain ({@code std.fs#geo}), linked now if it was not.
     * That instance is the module's functions compiled again, its calls of native modules going to
     * their instances of the same domain and its Java functions given the domain's
     * {@link NativeContext}, so that every capability they check is checked against the package
     * whose code called into std; its statics and types are the module's own, shared.
     */
    FunctionRef inDomain(FunctionRef ref, String domain) {
        String module = ref.module();
        synchronized (registry.lock) {
            Set<String> linkedFor = domains.computeIfAbsent(module, k -> ConcurrentHashMap.newKeySet());
            if (linkedFor.add(domain)) linkDomain(linked.get(module), domain);
        }
        return new FunctionRef(domainModule(module, domain), ref.name(), ref.signature());
    }

    static String domainModule(String module, String domain) {
        return module + "#" + domain;
    }

    private void linkDomain(NativeModule module, String domain) {
        String name = domainModule(module.name(), domain);
        CheckedModule base = checked.get(module.name());
        NativeContext cx = registry.nativeContext().inDomain(domain);
        Map<FunctionCell, CallTarget> targets = new HashMap<>();
        CallsInFlight calls = running.get(module.name());
        for (NativeFunction f : module.functions()) {
            Symbol.Fn sym = (Symbol.Fn) base.iface().item(f.name());
            targets.put(registry.links.cell(new FunctionRef(name, sym.ref().name(), sym.ref().signature())), javaTarget(module, f, sym, cx, calls));
        }
        TModule tir = Lowerer.lower(base, r -> isNative(r.module()) ? inDomain(r, domain) : r);
        BatchLinker overlay = new BatchLinker(registry.links, registry::anyModule, List.of());
        NodeCompiler compiler = new NodeCompiler(overlay, registry.execHost());
        for (TFunction fn : tir.functions()) {
            targets.put(registry.links.cell(new FunctionRef(name, fn.name(), fn.signature())), compiler.compile(fn));
        }
        registry.links.switchAll(targets);
    }

    /**
     * The call target of Java function {@code f} of {@code module}, given {@code cx} if it asks for
     * a {@link NativeContext}, its calls counted in {@code calls}.
     *
     * @throws IllegalArgumentException if its handle does not fit its T signature
     */
    private static CallTarget javaTarget(NativeModule module, NativeFunction f, Symbol.Fn sym, NativeContext cx, CallsInFlight calls) {
        MethodHandle handle = f.handle();
        if (handle.type().parameterCount() > 0 && handle.type().parameterType(0) == NativeContext.class) {
            handle = MethodHandles.insertArguments(handle, 0, cx);
        }
        try {
            handle = handle.asType(JvmTypes.methodType(sym.type()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("native " + module.name() + "." + f.name() + ": handle " + f.handle().type()
                    + " does not fit " + f.signature(), e);
        }
        return Handles.target(module.name() + "." + f.name(), "<native>", sym.type(), calls.around(handle));
    }

    /** Refuses {@code fresh} if it takes away or changes a pub item of {@code before}, which the program's modules were checked against. */
    private static void keeps(LoadedModule before, LoadedModule fresh, String name) {
        Map<String, String> now = fresh.offers();
        for (Map.Entry<String, String> item : before.offers().entrySet()) {
            String sig = now.get(item.getKey());
            if (sig == null) throw new IllegalArgumentException("the new " + name + " removes `" + item.getKey() + "`");
            if (!sig.equals(item.getValue())) {
                throw new IllegalArgumentException("the new " + name + " changes `" + item.getKey() + ": " + item.getValue() + "` to `" + sig + "`");
            }
        }
    }
}
