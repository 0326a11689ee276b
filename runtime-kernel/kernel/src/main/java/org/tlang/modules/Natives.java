package org.tlang.modules;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    /** Native modules given by {@link #addAll}, not imported yet. */
    private final Map<String, NativeModule> pending = new ConcurrentHashMap<>();
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
            for (NativeFunction f : module.functions()) {
                Symbol.Fn sym = (Symbol.Fn) iface.item(f.name());
                MethodHandle handle = f.handle();
                if (handle.type().parameterCount() > 0 && handle.type().parameterType(0) == NativeContext.class) {
                    handle = MethodHandles.insertArguments(handle, 0, registry.nativeContext());
                }
                try {
                    handle = handle.asType(JvmTypes.methodType(sym.type()));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("native " + module.name() + "." + f.name() + ": handle " + f.handle().type()
                            + " does not fit " + f.signature(), e);
                }
                registry.links.cell(sym.ref()).setTarget(Handles.target(module.name() + "." + f.name(), "<native>", sym.type(), handle));
            }
            module.handles().forEach((struct, ids) -> registry.nativeContext().resources().handle(module.name() + "." + struct, ids));
            TModule tir = Lowerer.lower(cm);
            compiled.put(module.name(), new LoadedModule(cm, batch.files().get(module.name()), tir, 1, batch.warningsOf(cm), source));
            BatchLinker overlay = new BatchLinker(registry.links, registry::anyModule, List.of(tir));
            NodeCompiler compiler = new NodeCompiler(overlay, registry.execHost());
            Map<FunctionCell, CallTarget> targets = new HashMap<>();
            for (TFunction fn : tir.functions()) targets.put(overlay.function(ModuleRegistry.ref(fn)), compiler.compile(fn));
            registry.links.switchAll(targets);
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
            interfaces.put(module.name(), iface);
        }
    }
}
